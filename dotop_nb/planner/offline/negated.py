"""A negation no reader read, read against the finished plan: context when it names nothing the
plan does, a question when it names anything.

The readers before this one each read the negations of their kind: :mod:`.constraints` takes out
prohibitions it can check ("do not delete anything", "leave envoy alone"), each category's
understood phrases ("without downtime", "never more than 8") and :data:`.guard.STATE` ("redis
has no requests") are read by the rules. Everything else used to be asked — "get rid of worker,
nobody uses it anymore", "rollback checkout to rev 1, no scaling", "restart cache, not the
redis", "restart orders and change nothing else" — although none of them constrains what the
plan does. Here the negated clause (the negation to the end of its clause, see
:func:`.guard.negated_clause`) is compared with the plan's *footprint*: the kinds of change the
operations make and the words for them (a rollback rolls pods and changes the image; a scale
changes replicas), what they target (kinds, names, containers), the keys and string values they
write and every number in them. When the clause shares nothing with it, the plan is made and its
analysis says how the negation was read. It is asked, as before, when the clause:

- shares a word (by stem) with the footprint ("no restart" beside a rollback, "not the envoy"
  when envoy is a container of the target), or names a workload the plan touches;
- holds a number ("I don't want 3 replicas, make it 5"), unless it is a bound the plan holds as
  that bound ("never below 2" with ``minReplicas: 2``);
- says a comparison without a number ("no more than that"), a time ("not now"), an outcome the
  plan may not keep ("without losing data", "no downtime" where not understood), a verb that
  covers any change ("don't touch …", "nothing may change"), or a selection from a set
  ("except …", "other than …", "skip …": the plan would include what it leaves out);
- says "nothing else" / "no other …" while the plan is more than one operation or a delete.

Example::

    >>> conflict("no scaling", Footprint(words={"rollback", "revision"})) is None
    True
    >>> conflict("never below 2", Footprint(bounds={"minReplicas": {"1"}}))
    'it says a minimum of 2, which the plan does not hold as its minimum'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dotop_nb.models import WORKLOAD_KINDS, Operation
from dotop_nb.planner.offline import statements
from dotop_nb.planner.offline.context import DATABASES, Clarify, Ctx, containers
from dotop_nb.planner.offline.numbers import any_pod_blanked
from dotop_nb.planner.offline.rx import rx

_SUFFIXES = ("ing", "ed", "es", "s", "e", "y")


def _stem(word: str) -> str:
    """A crude stem, the same for "scale", "scaling", "scaled"; "replica", "replicas"."""
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# Words of each kind of change: what a clause saying them would forbid. A change that replaces
# the pods (an image, a rollback, a restart, anything in the pod template) is also a restart.
_ROLL = "restart reboot bounce recycle cycle kick redeploy rollout roll pod pods replace"
_FAMILY = {
    # A scale keeps the pods it has running: "scale web to 4, no restarts" is kept.
    "scale": "scale scaling replica replicas instance instances copies count size capacity pod "
    "pods",
    "rollout_restart": _ROLL,
    "set_image": f"image images tag tags version versions update upgrade downgrade release "
    f"deploy ship container {_ROLL}",
    "rollout_undo": f"rollback roll back revert undo revision rev version release image tag "
    f"previous {_ROLL}",
    "delete": "delete remove drop destroy purge wipe tear teardown decommission kill uninstall "
    "rid nuke scrap data volume volumes storage pvc pvcs persistent",
}
# Words of what an object of a kind is for (an applied manifest, or a patch that writes it).
_KIND_WORDS = {
    "HorizontalPodAutoscaler": "hpa autoscaler autoscale autoscaling scale scaling replicas "
    "replica pods min max minimum maximum utilization utilisation",
    "ScaledObject": "keda autoscaler autoscale autoscaling scale scaling replicas pods trigger",
    "PodDisruptionBudget": "pdb budget disruption drain drains eviction evict available "
    "unavailable maintenance",
    "NetworkPolicy": "netpol network policy traffic ingress egress connection connections access "
    "allow deny block isolate talk reach call",
    "ServiceMonitor": "monitor monitoring servicemonitor scrape scraping metrics prometheus "
    "alert alerts alerting",
    "PodMonitor": "monitor monitoring podmonitor scrape scraping metrics prometheus alert alerts "
    "alerting",
    # ("backed up": "back" is a backup's verb)
    "Schedule": "backup backups back velero snapshot schedule retention ttl",
    "Backup": "backup backups back velero snapshot retention ttl",
    "CronJob": "backup dump cronjob job schedule",
}
# Words for the other kinds an operation may target (a delete takes what belongs to it).
_OBJECT_WORDS = {
    "Service": "service services svc endpoint endpoints",
    "ConfigMap": "configmap configmaps config cm configuration",
    "Secret": "secret secrets credentials",
    "PersistentVolumeClaim": "pvc pvcs volume volumes storage data disk",
    "Ingress": "ingress route routes",
    "ServiceAccount": "serviceaccount sa account",
}
_PARTS = frozenset(
    " ".join([*_OBJECT_WORDS.values(), "pdb hpa budget autoscaler monitor policy netpol"]).split()
)
# Words of what a patch writes, by a key it holds.
_KEY_WORDS = {
    "resources": "resource resources",
    "limits": "limit limits",
    "requests": "request requests",
    "env": "env environment variable variables var vars config configuration setting",
    "envFrom": "env environment variable variables config configmap",
    "data": "config configmap key keys value values setting",
    "strategy": "strategy rollout surge unavailable",
    "livenessProbe": "probe probes liveness health check healthcheck",
    "readinessProbe": "probe probes readiness health check healthcheck ready",
    "startupProbe": "probe probes startup health check healthcheck",
    "affinity": "affinity placement node nodes zone zones schedule scheduling spread",
    "topologySpreadConstraints": "spread placement node nodes zone zones topology scheduling",
    "securityContext": "security root privilege privileged escalation capabilities",
    "annotations": "annotation annotations",
    "replicas": _FAMILY["scale"],
    "imagePullPolicy": "pull policy image",
}
# Verbs that cover any change: the clause forbids whatever the plan does.
_ANY_CHANGE = frozenset(
    """touch touching touched change changing changed changes modify modifying modified alter
    altering altered affect affecting affected mess messing edit editing edited impact
    impacting disturb disturbing fiddle tamper""".split()
)
# An outcome the plan may not keep: never read as context.
_OUTCOMES = frozenset(
    """downtime outage outages interruption interruptions disruption disrupt interrupt down
    unavailable availability lose losing lost loss break breaking broken error errors fail
    failing failure failures crash crashing drop dropping dropped evict evicting""".split()
)
# A time or a moment: "but not now" delays the plan.
_TIMES = frozenset(
    """now yet today tonight tomorrow weekend weekends weekday weekdays monday tuesday wednesday
    thursday friday saturday sunday morning evening night nights hour hours minute minutes day
    days week weeks month during until before after while peak business window later soon
    friday's moment""".split()
)
# "never mind", "no wait", "not that one": the request itself taken back or corrected.
_RETRACTS = frozenset(
    _stem(w) for w in "mind wait cancel stop hold forget scratch ignore abort nope sorry".split()
)
_OUTCOME_STEMS = frozenset(_stem(w) for w in _OUTCOMES)
# What a budget or a rollout that keeps pods up holds through.
_GUARDED_DURING = re.compile(
    r"\b(?:drain\w*|evict\w*|maintenance|node\s+(?:upgrades?|rotations?|patching)|rollouts?|"
    r"deploys?|deployments|updates?|upgrades?)\b"
)
# What keeping pods up prevents (never data loss, errors or crashes: no budget keeps those).
_KEPT_UP = """downtime outage outages interruption interruptions disruption disrupt interrupt down
    unavailable availability drop dropping dropped evict evicting"""
_ANY_CHANGE_STEMS = frozenset(_stem(w) for w in _ANY_CHANGE)
# A selection from a set: the plan would include what it leaves out.
_SELECTS = re.compile(
    r"\b(?:except|excluding|exclude|other\s+than|apart\s+from|besides|skip|skipping|avoid|"
    r"avoiding|instead|rather)\b"
)
# "is not part of this", "isn't in scope", "not included": an exclusion, said as a state.
_LEFT_OUT = re.compile(r"\b(?:part\s+of|(?:in|of)\s+(?:the\s+)?scope|included|involved)\b")
# A verb of change in the passive ("isn't restarted", "is not scaled"): never a state read here.
_CHANGED = re.compile(
    r"\b(?:touch|chang|modif|alter|edit|restart|reboot|bounc|recycl|redeploy|roll|revert|scal|"
    r"delet|remov|destroy|purg|wip|uninstall|updat|upgrad|downgrad|patch|deploy|kill|replac)\w*ed\b"
)
# A negation as the subject of a verb says how things are: "nobody uses it now".
_SUBJECT_STATE = re.compile(
    r"\b(?:nobody|nothing|none)\s+(?:\w+s|\w+ed|is|are|was|were|has|have|had|ever)\b"
)
# What is no longer used, said of whoever used it: "the client no longer calls the frontend
# Service", "nothing talks to it anymore", "nobody reads that configmap now" — why it goes.
_DISUSE = re.compile(
    r"^(?:(?:the|our|their|a|an|its)\s+)?(?:[\w\-]+\s+){0,2}?(?:no\s+longer|never|not\s+anymore|"
    r"(?:does|do)\s*(?:n't|not)(?=[^.;]*\b(?:anymore|any\s+more|now|these\s+days)\b))\s+"
    r"(?:directly\s+)?(?:calls?|call|uses?|use|needs?|need|talks?\s+to|talk\s+to|reach(?:es)?|hits?|hit|"
    r"depends?\s+on|reads?|read|sends?\s+to|send\s+to|goes?\s+through|go\s+through|"
    r"routes?\s+(?:to|through|via)|connects?\s+to|connect\s+to|points?\s+(?:at|to)|queries|query)\b|"
    r"^(?:nobody|nothing|no\s+one)\s+(?:\w+\s+)?(?:calls|uses|needs|talks\s+to|reaches|hits|"
    r"depends\s+on|reads|sends\s+to|goes\s+through|routes\s+(?:to|through|via)|connects\s+to|"
    r"points\s+(?:at|to)|queries)\b"
)
# "metrics aren't scraped", "frontend has never been monitored": a state said in the passive
# (never "is not to be …", "isn't supposed to be …", nor a modal: "must not be …").
_PARTICIPLE_STATE = re.compile(
    r"^(?:is|are|was|were)\s+not\s+(?:being\s+|yet\s+)?[a-z]+ed\b|"
    r"^(?:isn't|aren't|wasn't|weren't)\s+(?:being\s+|yet\s+)?[a-z]+ed\b|"
    r"^(?:has|have)\s+(?:not|never)\s+been\s+[a-z]+ed\b|"
    r"^(?:hasn't|haven't)\s+(?:ever\s+)?been\s+[a-z]+ed\b"
)
# "nothing is scraping it", "nobody has scraped it yet": the negation is the subject of an
# active verb in the progressive or the perfect — how things are, never a rule (not "nothing
# is to be …", "nothing should …", "nobody touches it", nor a passive "nothing is changed";
# never a verb that covers any change, "nobody is touching it").
_ACTIVE_STATE = re.compile(
    r"^(?:because\s+|since\s+|as\s+|cause\s+|cuz\s+|given\s+that\s+)?(?:nothing|nobody|none)\s+"
    r"(?:(?:is|are|was|were)\s+(?:currently\s+|actually\s+|even\s+|really\s+)?"
    r"(?!being\b|going\b)(?P<ing>[a-z]+ing)\b|(?:has|have)\s+(?:ever\s+)?(?!been\b)"
    r"(?P<ed>[a-z]+ed)\b|"
    # "nothing scrapes payments yet", "nobody reads that queue": the present of what is done.
    r"(?:currently\s+|really\s+|even\s+|actually\s+)?(?!(?:is|has|does|was|gets|needs|"
    r"goes|comes)\b)(?P<s>[a-z]{3,}[^s]s)\b)"
)
# "nothing changed", "nothing's changed on our side", "nobody touched it", "nothing was
# deployed since friday": no change made, said in the past — how things were, the reason for the
# request. Never "nothing else …" / "nothing more …" (a bound), a modal ("nothing should change"),
# the present ("nothing changes", "nothing is changed") or a wish ("nothing changed please").
_NONE_MADE = re.compile(
    r"^(?:and\s+|but\s+|because\s+|since\s+|as\s+|cause\s+|cuz\s+|honestly\s+|"
    r"(?:and\s+)?again\s+)?(?:nothing|nobody|no\s*one|no\s+one)(?:'s|\s+has|\s+have|\s+had)?"
    r"\s+(?:been\s+|was\s+|were\s+|got\s+)?(?:changed|touched|deployed|modified|updated|"
    r"edited|pushed|shipped|released|rolled\s+out)\b"
    r"(?!.*\b(?:else|other|more|please|pls|plz|should|must|may|might|can|could|will|would|shall)\b)"
)
_COMPARES = frozenset(
    """below under above over beyond past exceed exceeds exceeding more less fewer lower higher
    than least most min max minimum maximum floor ceiling cap""".split()
)
# ("nothing more" is asked: "more" may be a bound, "no more replicas").
_ELSE = frozenset("else other others additional extra further".split())
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    fifty hundred half double twice triple thrice zero single dozen""".split()
)
# Words that carry nothing of what a plan does.
_FUNCTION = (
    frozenset(
        """not no never nobody none nothing neither nor don't doesn't didn't shouldn't mustn't
    couldn't wouldn't can't cannot won't isn't aren't wasn't weren't without n't dont doesnt
    a an the it its it's they them their theirs this that these those there here i we you us
    our my your he she his her one's someone anyone anybody somebody people team everyone
    is are was were be been being am do does did done should must could would can will may
    might shall have has had having want wants wanted need needs needed let lets get gets got
    to of on in for with at by from into onto as about than so such just really actually
    ever again anymore any longer still even also too either any some all each every much
    please pls plz thanks ok okay yes and or if then more""".split()
    )
    - _ELSE
    - _COMPARES
)


@dataclass
class Footprint:
    """What a plan does, as words and numbers a negated clause may name."""

    words: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    # Bounds by name: "minReplicas" → {"2"}.
    bounds: dict[str, set[str]] = field(default_factory=dict)
    workloads: set[tuple[str, str]] = field(default_factory=set)
    operations: int = 0
    deletes: bool = False
    # Outcomes the plan is there to prevent: a disruption budget keeps pods up through drains,
    # a rollout with maxUnavailable 0 never drops one ("no downtime when nodes are drained").
    guards: set[str] = field(default_factory=set)
    # What the plan puts in place: the words of an applied object and of the keys a patch
    # writes ("no liveness probe on payments, add one" names what the plan adds).
    made: set[str] = field(default_factory=set)
    # The harms the plan is the remedy for (:data:`_FEARS`): "down" (more pods, a spread, a
    # budget, an autoscaler's floor), "lose" (a backup), "in" (a network policy).
    fears: set[str] = field(default_factory=set)
    # The kinds of the objects the plan acts on ("StatefulSet" for an image of postgres).
    kinds: set[str] = field(default_factory=set)
    # The plan scales a workload to zero: it stops that workload's work ("so no messages are
    # processed during the upgrade" is what it is for).
    stops: bool = False
    # Round 34 (gap37d): every operation is one change of one kind on a workload the request
    # names ("restart my-api and payments. Nothing else."): "nothing else" is beyond them.
    each_named: bool = False


def footprint(ctx: Ctx, operations: Iterable[Operation]) -> Footprint:
    """The footprint of ``operations``: see the module docstring."""
    fp = Footprint()
    fears: set[str] = set()
    risky = False
    operations = list(operations)
    said = ctx.raw.lower()
    fp.each_named = len({op.kind for op in operations}) == 1 and all(
        op.target.kind in WORKLOAD_KINDS
        and rx(rf"(?<![\w\-]){re.escape(op.target.name.lower())}(?![\w\-])").search(said)
        for op in operations
    )
    for op in operations:
        fp.operations += 1
        fp.deletes |= op.kind == "delete"
        _add(fp.words, _FAMILY.get(op.kind, ""))
        kind, name = op.target.kind, op.target.name
        fp.kinds.add(kind)
        fp.words.add(kind.lower())
        # "delete orders, not its pdb": what each operation targets, by the words for its kind.
        _add(fp.words, _KIND_WORDS.get(kind, ""), _OBJECT_WORDS.get(kind, ""))
        _add(fp.words, name, *rx(r"[-_.]").split(name))
        if kind in WORKLOAD_KINDS:
            fp.workloads.add((kind, name))
            obj = ctx.get(kind, name, op.target.api_version)
            names = [str(c.get("name")) for c in containers(obj)] if obj else []
            if patched := _patched_containers(op):
                # "readiness on the app container, don't put it on envoy": a patch of named
                # containers changes those, never the others of the pod.
                names = [n for n in names if n in patched]
            elif op.kind == "set_image":
                # "the app image, not envoy": a new image is one container's, never its pod's
                # other containers' (they only restart with the rollout).
                names = [n for n in names if n == op.container]
            _add(fp.words, *names)
            if len(names) > 1:
                # "restart orders, not the sidecar": a container of the pod, said by its role.
                _add(fp.words, "sidecar sidecars container containers proxy")
        body: Any = None
        if op.kind == "apply":
            body = op.manifest
            _add(fp.words, _KIND_WORDS.get(str(op.manifest.get("kind", "")), ""))
            if str(op.manifest.get("kind", "")) in WORKLOAD_KINDS:
                _add(fp.words, _ROLL)
        elif op.kind == "patch":
            body = op.patch
        elif op.kind == "scale":
            fp.numbers.add(str(op.replicas))
            fp.stops |= op.replicas == 0
        elif op.kind == "set_image":
            body = {"container": op.container, "image": op.image}
        elif op.kind == "rollout_undo" and op.to_revision is not None:
            fp.numbers.add(str(op.to_revision))
        if body is not None:
            before = set(fp.words)
            _walk(fp, body)
            if op.kind in ("apply", "patch"):
                fp.made |= fp.words - before
                _add(fp.made, _KIND_WORDS.get(kind, ""), name, *rx(r"[-_.]").split(name))
                fp.made.add(kind.lower())
        if kind == "PodDisruptionBudget" or "0" in fp.bounds.get("maxUnavailable", set()):
            _add(fp.guards, _KEPT_UP)
        fears |= _remedies(ctx, op)
        risky |= _risks(ctx, op)
    # A plan that may itself bring the outcome about (a restart, an image, a delete, fewer
    # pods) never serves a goal of staying up: "restart payments, it can't go down" is asked.
    fp.fears = fears - ({"down"} if risky else set())
    return fp


# A harm to the service said negated — a goal or a fear, never a part of the plan left out:
# "so one node dying doesn't take inference down", "don't let checkout fall over", "we can't
# lose customer data", "nothing else gets in". By the harm the plan is the remedy for.
# The words for a workload's pods said before where they run ("all the frontend servers").
_POD_WORDS = (
    r"(?:[a-z][\w\-]*\s+)?(?:pods?|replicas?|instances?|copies|servers?|boxes|containers?|"
    r"workers?|nodes?)"
)
_PODS_LOST = (
    r"(?:lose|loses|losing|lost)\s+(?:both|all|every|the|two|2|more\s+than\s+one)"
    r"(?:\s+(?:of\s+)?(?:the|its|our|their))?(?:\s+[a-z][\w\-]*)?\s+(?:pods?|replicas?|instances?)"
)
_FEARS = {
    "down": re.compile(
        r"\b(?:(?:go|goes|going|gone|went|be|is|are|being|stay|stays)\s+(?:down|offline|dark)|"
        r"fall(?:s|ing)?\s+(?:over|down)|fell\s+(?:over|down)|"
        r"(?:take|takes|taking|took|bring|brings|bringing|brought|knock|knocks|knocking)"
        r"(?:\s+[a-z0-9'-]+){0,4}?\s+(?:down|offline|out|over)\b|"
        r"(?:take|takes|taking|took)\s+(?:out\s+)?(?:both|all|every)\b|"
        # (Round 23: "so one zone outage doesn't stop the lanes": a failure that stops the
        # service, said with the failure as the subject.)
        r"(?:outages?|failures?|failing|dying|going\s+away|going\s+down)\s+(?:doesn'?t|does\s+not|"
        r"won'?t|will\s+not|can'?t|cannot|never)\s+(?:stop|halt|break|interrupt|block)s?|"
        r"crash(?:es|ing)?|die|dies|dying|outages?|downtime|unavailable|"
        # "we can't lose both pods": the pods that serve, lost at once.
        rf"{_PODS_LOST})\b"
    ),
    "lose": re.compile(rf"\b(?!{_PODS_LOST})(?:lose|loses|losing|lost|loss)\b"),
    "in": re.compile(
        r"\b(?:get|gets|getting|got|come|comes|coming)\s+(?:in|through)\b|"
        # (Round 28: "nothing from outside the namespace can reach payments": traffic from
        # outside, which a policy letting in the namespace's own pods keeps out. Only so:
        # "nothing can reach payments" is asked as before.)
        r"\bfrom\s+outside\s+(?:of\s+)?(?:our|this|the|its|my)\s+(?:own\s+)?namespace\s+"
        r"(?:can|could|may|should|will|is\s+able\s+to)\s+(?:ever\s+)?(?:reach|access|"
        r"connect\s+to|talk\s+to)\b"
    ),
    # Round 28 (overask): the pods together in one place, said negated beside a spread ("spread
    # payments across zones, not pile up in one", "don't put all the frontend servers on the
    # same host"): what the spread is the remedy for. Only the place itself, with the pods'
    # words before it; a number or a bound elsewhere in the clause is still asked (goal).
    "together": re.compile(
        # Round 44 (m44b): "podAntiAffinity on hostname for the chair orders (orders) so two
        # pods never sit on one node": the two pods said before the place are the pods the
        # spread keeps apart ("two pods never sit on one node", "no 2 replicas ever land on
        # the same node") — no count of the plan.
        r"(?:\b(?:(?:any|no)\s+)?(?:two|2)\s+(?:pods?|replicas?|instances?|copies)\s+"
        r"(?:(?:will|would|should|can|may|must|shall)\s+)?(?:never\s+|ever\s+)?)?"
        r"(?:\b(?:put|putting|run|running|place|placing|schedule|scheduling|land|landing|pile|"
        r"piles|piling|piled|stack|stacking|stacked|sit|sitting|live|living|be|are|is|end|ends|"
        r"ending)\s+(?:up\s+)?)?(?:\ball\s+)?(?:(?:of\s+)?(?:the|its|their|our|both|all)\s+)?"
        rf"(?:{_POD_WORDS}\s+)?\b(?:on|in|into)\s+(?:one|a\s+single|the\s+same|a\s+single)"
        r"(?:\s+(?:(?P<node>node|host|machine|server|box|vm)|(?P<zone>zone|az|availability\s+zone|"
        r"datacenter|dc))s?)?\b"
        # ("not on the same node as postgres": a neighbour, which no spread of its own keeps.)
        r"(?!\s+(?:of|more|extra|replicas?|pods?|instances?|as|with|than|together)\b)"
    ),
}
# A failure counted by its unit ("one node dying", "a single zone outage"): what the harm comes
# from, never a quantity of the plan.
_FAILURE_UNIT = re.compile(
    r"\b(?:los(?:e|es|ing|t)\s+)?(?:a|an|one|two|three|single|1|2|3)\s+(?:node|nodes|zone|zones|az|azs|region|regions|"
    r"machine|machines|host|hosts|server|servers|rack|racks|vm|vms)\b"
)


def _remedies(ctx: Ctx, op: Operation) -> set[str]:
    """The harms (:data:`_FEARS`) ``op`` is a remedy for."""
    kind = op.target.kind
    if op.kind == "scale":
        # (more pods, or at least two kept: "keep 2 payments pods so a crash doesn't …")
        now = _replicas(ctx, op)
        return {"down"} if op.replicas > now or op.replicas == now >= 2 else set()
    if op.kind == "apply":
        made = str(op.manifest.get("kind", ""))
        if made == "PodDisruptionBudget":
            return {"down"}
        if made in ("HorizontalPodAutoscaler", "ScaledObject"):
            spec = op.manifest.get("spec") or {}
            floor = spec.get("minReplicas", spec.get("minReplicaCount", 1))
            return {"down"} if isinstance(floor, int) and floor >= 2 else set()
        if made in ("Schedule", "Backup"):
            return {"lose"}
        if made in ("Job", "CronJob") and "dump" in str(op.manifest).lower():
            return {"lose"}
        if made == "NetworkPolicy":
            return {"in"}
        return set()
    if op.kind == "patch" and kind in WORKLOAD_KINDS:
        body = str(op.patch)
        if "topologySpreadConstraints" in body or "podAntiAffinity" in body:
            # (the place the spread is over: "node" for the hostname, "zone" for the zone)
            places = {"node": "kubernetes.io/hostname", "zone": "topology.kubernetes.io/zone"}
            return {"down", "together"} | {f"together {p}" for p, k in places.items() if k in body}
    return set()


def _risks(ctx: Ctx, op: Operation) -> bool:
    """Whether ``op`` may itself take the service down: it restarts, replaces or deletes its
    pods, or leaves fewer of them."""
    if op.kind in ("rollout_restart", "set_image", "rollout_undo", "delete"):
        return True
    return op.kind == "scale" and op.replicas < _replicas(ctx, op)


def _replicas(ctx: Ctx, op: Operation) -> int:
    obj = ctx.get(op.target.kind, op.target.name, op.target.api_version)
    count = ((obj or {}).get("spec") or {}).get("replicas", 1)
    return count if isinstance(count, int) else 1


def goal(clause: str, fp: Footprint) -> bool:
    """Whether the negated ``clause`` is the goal the plan serves: it says a harm to the
    service (:data:`_FEARS` — going down, falling over, losing data, something getting in)
    that the plan is the remedy for, and nothing else a plan could leave out — no number but a
    failure's count, no bound, no verb covering any change, no selection or retraction. A time
    in it says when the harm is feared ("can't go down while the app is in review", "don't let
    it fall over before friday"): the plan in place now covers it, and waits for nothing.
    "don't restart it", "not payments", "don't touch the HPA" exclude from the plan: no goal."""
    rest = rx(r"\bno\s+one\b").sub("nobody", clause.lower())
    # ("not all on one node": the place the pods share, read before a failure's unit.)
    # The place said must be the one the spread is over ("not in one zone" beside a spread over
    # nodes is asked); "not pile up in one" is either.
    together = {
        f"together {p}" if p else "together"
        for m in _FEARS["together"].finditer(rest)
        for p in [next((k for k in ("node", "zone") if m.group(k)), "")]
    }
    rest = _FAILURE_UNIT.sub(" ", _FEARS["together"].sub(" ", rest))
    harms = {h for h, pattern in _FEARS.items() if pattern.search(rest)} | together
    if not harms or not harms <= fp.fears:
        return False
    for harm in harms - together:
        rest = _FEARS[harm].sub(" ", rest)
    if _SELECTS.search(rest) or _LEFT_OUT.search(rest):
        return False
    words = [w.strip(".'") for w in rx(r"[a-z0-9][a-z0-9'%./-]*").findall(rest)]
    for w in words:
        stem = _stem(w)
        if (
            rx(r"v?\d").match(w)
            or w in _NUMBER_WORDS
            or w in _COMPARES
            or stem in _RETRACTS
            or stem in _ANY_CHANGE_STEMS
            or (stem in _OUTCOME_STEMS and "down" not in harms)
        ):
            return False
    return True


def _patched_containers(op: Operation) -> set[str]:
    """The containers a strategic patch of the pod template names (empty for anything else)."""
    if op.kind != "patch" or op.patch_type != "strategic":
        return set()
    if not isinstance(op.patch, dict):
        return set()
    spec = ((op.patch.get("spec") or {}).get("template") or {}).get("spec") or {}
    return {str(c.get("name")) for c in spec.get("containers") or [] if isinstance(c, dict)}


# Round 15 (helper values): "REGION must be eu-central, not eu", "scale orders to 3, not 4": a bare
# value negated right after a value corrects it — the plan must write the first whole and never
# the second as a whole value ("eu" inside "eu-central" is no "eu").
_NOT_VALUE = re.compile(r"^(?:and\s+|but\s+)?not\s+(?P<v>[\w.:/\-]+)$")
_VALUE_BEFORE = re.compile(r"(?P<v>[\w.:/\-]*[\w])\s*,\s*$")


def _correction(before: str, clause: str, operations: Iterable[Operation]) -> str | None:
    """A note when ``clause`` ("not eu") corrects the value said right ``before`` it."""
    said, prev = _NOT_VALUE.match(clause.strip()), _VALUE_BEFORE.search(before)
    if said is None or prev is None or said["v"] == prev["v"]:
        return None
    leaves = [
        json.dumps(op.model_dump(mode="json", exclude={"reason", "target", "kind"})).lower()
        for op in operations
    ]

    def whole(value: str) -> bool:
        pattern = rf"(?<![\w.\-]){re.escape(value.lower())}(?![\w\-]|\.\w)"
        return any(rx(pattern).search(leaf) for leaf in leaves)

    if not whole(prev["v"]) or whole(said["v"]):
        return None
    return f"I read {clause!r} as the value {prev['v']!r} replaces: the plan never writes it."


# "add SESSION_DRIVER=redis to frontend's env (not shared-config, …)": where the change does
# not go, said as a bare negation of another object's name.
_ELSEWHERE = re.compile(
    r"^(?:but\s+)?(?:not|never)\s+(?:(?:in|into|on|to)\s+)?(?:the\s+)?(?P<name>[a-z0-9][\w\-.]*)"
    r"(?:\s+(?:configmap|config\s+map|cm|(?P<kind>deployment|deploy|statefulset|sts)|one))?\W*$"
)
_KIND_OF = {"deployment": "Deployment", "deploy": "Deployment", "statefulset": "StatefulSet"}


def _elsewhere(ctx: Ctx, clause: str, fp: Footprint) -> str | None:
    """A note when ``clause`` is a bare negation of an object of the namespace the plan does
    not act on ("not shared-config" beside a patch of frontend's env): where the change does not
    go — the plan already leaves it alone. A name the plan acts on (a target, a container it
    changes) is never elsewhere, and stays asked."""
    m = _ELSEWHERE.match(clause.strip())
    if m is not None and m["kind"]:
        # Round 28 (overask): "put redis:7.2 in the cache statefulset, not in the cache
        # deployment": a workload said with its kind, of the name of one the plan acts on but
        # not that one — where the change does not go.
        kind = _KIND_OF.get(m["kind"], "StatefulSet")
        other = (kind, m["name"])
        acted = {k for k, n in fp.workloads if k != kind and n == m["name"]}
        # (The one acted on must be said with ITS kind too: "restart cache. Not the cache
        # deployment." leaves which cache unsaid, and is asked.)
        said = [w for k in acted for w, v in _KIND_OF.items() if v == k] + (
            ["sts"] if "StatefulSet" in acted else []
        )
        name = re.escape(m["name"])
        if (
            other not in fp.workloads
            and ctx.get(kind, m["name"]) is not None
            and acted
            and said
            and rx(rf"\b{name}\s+(?:{'|'.join(said)})\b").search(ctx.raw.lower())
        ):
            return (
                f"I read {clause!r} as where the change does not go: the plan does not touch "
                f"{kind.lower()}/{m['name']}."
            )
    if m is None or ("-" not in (name := m["name"]) and "." not in name):
        # (a plain word — "not debug", "not envoy" — may be a value or a part: read as before)
        return None
    if name in fp.words or name not in ctx.object_names():
        return None
    return f"I read {clause!r} as where the change does not go: the plan does not touch {name}."


# Round 34 (gap37a): "orders envoy: cpu limit 100m to 200m. Not the app container." (and "App
# container not.", :mod:`.calques`): a container of the workload patched, said bare after "not".
# Round 44 (m44a): "skip the envoy; in orders set the app container's memory request to 384Mi":
# a bare "skip X" (:data:`SKIP_BARE`) is that container too, and nothing else.
_NOT_CONTAINER = re.compile(
    r"^(?:but\s+)?(?:not|skip|skipping|except|excluding|exclude)\s+(?:the\s+)?"
    r"(?P<name>[a-z0-9][\w\-]*)(?:\s+(?:container|sidecar))?\W*$"
)
# Round 44 (m44a): a selecting negation said bare of one word ("skip the envoy", "except app
# container"): :mod:`.guard` hands it to :func:`read`, which keeps it only as a container the
# patch leaves alone (:func:`_container_left`) and asks anything else as the guard did.
SKIP_BARE = re.compile(
    r"(?:skip|skipping|except|excluding|exclude)\s+(?:the\s+)?(?P<name>[a-z0-9][\w\-]*)"
    r"(?:\s+(?:container|sidecar))?\W*"
)


def _container_left(ctx: Ctx, clause: str, operations: list[Operation]) -> str | None:
    """A note when ``clause`` is a bare negation of a container of the workload a strategic
    patch changes, and the patch changes its other container(s) alone: the container the change
    leaves alone. Never when that container is patched or said elsewhere too, or the plan does
    more than patch."""
    m = _NOT_CONTAINER.match(clause.strip())
    if m is None or not operations or any(op.kind != "patch" for op in operations):
        return None
    name = m["name"]
    if len(rx(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])").findall(ctx.raw.lower())) != 1:
        return None  # ("orders envoy: cpu limit 200m. Not the envoy.": said both ways, asked)
    for op in operations:
        patched = _patched_containers(op)
        obj = ctx.get(op.target.kind, op.target.name, op.target.api_version)
        if not patched or name in patched or obj is None:
            return None
        if name not in {str(c.get("name")) for c in containers(obj)}:
            return None
    return (
        f"I read {clause!r} as the container the change leaves alone: the plan does not change it."
    )


# Round 30 (a34b): "no traffic from outside the cluster", "no outside-the-cluster traffic to
# postgres": the outside of the cluster said as what is not wanted, beside the policy that lets
# only the cluster's pods in (see :func:`.parties.outside_kept_out`) — the state it makes.
_NO_OUTSIDE = re.compile(
    r"^(?:no|nothing|not|never)\b(?:\s+(?:traffic|ingress|connections?|requests?|access|calls))?"
    r"(?:\s+(?:to|into|for)\s+[a-z0-9][\w-]*)?"
    r"(?:\s+(?:from\s+)?(?:the\s+)?(?:outside[\s-]+(?:of[\s-]+)?the[\s-]+cluster|"
    r"(?:public\s+)?internet|external)(?:\s+(?:traffic|ingress|connections?|requests?))?)"
    r"(?:\s+(?:to|into|for)\s+[a-z0-9][\w-]*)?\W*$"
)


def _outside_kept_out(clause: str, operations: list[Operation]) -> bool:
    if not _NO_OUTSIDE.match(clause.strip()):
        return False
    for op in operations:
        manifest = getattr(op, "manifest", None) or {}
        rules = (manifest.get("spec") or {}).get("ingress") or []
        if manifest.get("kind") != "NetworkPolicy" or not rules:
            return False
        if any(peer != {"namespaceSelector": {}} for r in rules for peer in r.get("from") or [{}]):
            return False
    return bool(operations)


# An order said after a lack ("no payments metrics in grafana, add a servicemonitor"): a word.
_BESIDE = re.compile(r"[a-z0-9]")


def read(ctx: Ctx, clauses: Iterable[str], operations: list[Operation]) -> list[str]:
    """The notes for the analysis on how each clause was read; raises :class:`Clarify` for a
    clause the plan may break."""
    said = list(dict.fromkeys(c for c in clauses if c))
    if not said:
        return []
    if not operations:
        raise Clarify(
            f"I read a negation, {said[0]!r}, and do not act on what I would have to leave "
            "out. Say only what should change (one change per request), e.g. 'scale frontend "
            "to 3'."
        )
    fp = footprint(ctx, operations)
    summary = "; ".join(op.summary() for op in operations)
    notes: list[str] = []
    raw = ctx.raw.lower().replace("\u2019", "'")
    for negation in said:
        if SKIP_BARE.fullmatch(negation.strip()):
            if note := _container_left(ctx, negation, operations):
                notes.append(note)
                continue
            raise Clarify(
                f"I read a negation, {negation!r}, and do not act on what I would have to leave "
                "out. Say only what should change (one change per request), e.g. 'scale "
                "frontend to 3'."
            )
        # "no payments metrics in grafana, add …": a lack said first is the request's topic.
        clause = negation
        at = raw.find(clause)
        first = at >= 0 and not rx(r"[a-z0-9]").search(raw[:at].rsplit(":", 1)[-1])
        if not first and at > 0 and (lack := _continued_lack(raw[:at], clause)):
            # "payments has a readiness probe but no liveness probe; add one": the lack goes on
            # the fact before it — how things are, the request's topic as when said first.
            clause, first = lack, True
        if first and not _BESIDE.search(raw[at + len(negation) :]):
            # Round 25 (negate): "no ingress from frontend to payments", "no keda for worker",
            # "no servicemonitor for frontend": a lack that is the whole request says what is not
            # wanted, never the reason for an order beside it — read as a prohibition.
            first = False
        if at > 0 and (note := _correction(raw[:at], clause, operations)):
            notes.append(note)
            continue
        if note := _elsewhere(ctx, clause, fp):
            notes.append(note)
            continue
        if note := _container_left(ctx, clause, operations):
            notes.append(note)
            continue
        if reached := _unreached(clause, operations):
            notes.append(
                f"I read {clause!r} as what deleting {reached} makes (nothing reaches its pods "
                "through it); how long that should last is not planned: recreate it when due."
            )
            continue
        if _not_as_root(clause, operations) and _workloads(ctx, clause) == set():
            notes.append(f"I read {clause!r} as the state the plan makes: nothing runs as root.")
            continue
        if _unwanted(clause, operations):
            notes.append(f"I read {clause!r} as the state the plan makes: it turns that off.")
            continue
        if _never_had(ctx, clause, operations):
            # Round 24 (gap B): "cpu request 200m (no cpu limit, we never had one …)": a field
            # none of the workloads has, which the plan does not write either — kept as it is.
            notes.append(f"I read {clause!r} as how it stays: the plan does not set it.")
            continue
        head = rx(r"[;.!?:,\n]").split(raw[:at])[-1] if at >= 0 else ""
        if _COUNT_HELD.match(f"{head}{clause}") and not fp.words & {"replica", "replicas", "scale"}:
            # Round 24 (gap B): "Replica counts are not to change" beside a restart: the count
            # held as it is, which a plan that scales nothing (and sets no autoscaler) keeps.
            said_whole = f"{head.strip()} {clause}".strip()
            notes.append(f"I read {said_whole!r} as kept: the plan scales nothing.")
            continue
        if _outside_kept_out(clause, operations):
            notes.append(f"I read {clause!r} as what the plan keeps out.")
            continue
        if (keep := _KEEP_DOING.match(clause)) and not {
            kind
            for part in rx(r"[-_]").split(keep.group("ing"))
            for stem, kinds in _DOING_KINDS.items()
            if part.startswith(stem)
            for kind in kinds
        } & {op.kind for op in operations}:
            # Round 33 (gap36a): "…; we can't keep hand-scaling it every commute peak": what is
            # done now that should stop being done, the reason for the change — never a part
            # of it left out.
            notes.append(f"I read {clause!r} as why: how it is handled now, not part of the plan.")
            continue
        if _NOT_NEEDED.match(clause) and _REMOVAL.search(raw) and _removes(operations):
            # Round 37 (gap40a, blind40): "frontend FEATURE_FLAG remove it, no need": what goes
            # is not needed — why it is removed, never a part of the plan left out.
            notes.append(f"I read {clause!r} as why: what is removed is not needed.")
            continue
        if _only_restated(raw[:at] if at > 0 else "", clause, operations):
            notes.append(f"I read {clause!r} as the 'only' said right before it.")
            continue
        why = conflict(clause, fp, first=first)
        if (
            why is None
            and _MADE_NOT.search(head)
            and clause.startswith("not ")
            # ("make my-api not Burstable but Guaranteed QoS": the state said after "but")
            and not rx(rf"{re.escape(clause)}\s*,?\s*(?:but|rather)\b", re.I).search(ctx.text)
        ):
            # Round 41 (sh47a, attack47): "make my-api not Guaranteed QoS": the negation is the
            # state the order makes, which the rules (reading its other words) would make as said.
            why = "it is the state the order asks for, said negated"
        if why is None and first and _lacks(clause, fp):
            notes.append(f"I read {clause!r} as what is missing now, which the plan adds.")
            continue
        if (
            why is None
            and not _PURPOSE_LEAD.match(clause)
            and not goal(clause, fp)
            # Round 31 (gap34b): "we no longer use the worker, … please delete it": what is not
            # used any more is the reason for its delete, and names what goes (conflict() reads
            # it so; the name it says is the delete's own).
            and not (fp.deletes and _DISUSE.search(clause.lower()))
        ):
            # (a purpose names what the plan is for: "so worker never goes to zero")
            named = _workloads(ctx, clause)
            if named is None or named & fp.workloads:
                why = "it names what the plan acts on"
        if (
            why is None
            and _named_only_here(raw, at, clause, fp)
            # ("bounce the redis one, not the proxy": the words outside name it their own way)
            and _workloads(ctx, f"{raw[:at]} {raw[at + len(clause) :]}") == set()
        ):
            # Round 40 (lead, attack47): "scale the namespace to 0 but not the databases": the
            # only words naming what the plan changes are the ones the negation leaves out
            # (main scaled postgres to 0).
            why = "what the plan acts on is named only in it"
        if why is not None and (refused := _refused(clause, operations, fp)):
            raise Clarify(f"I read a negation, {clause!r}, and the plan would {summary}: {refused}")
        if why is not None:
            raise Clarify(
                f"I read a negation, {clause!r}, and the plan would {summary}: {why}. I do not "
                "act on what I might have to leave out. Say only what should change, or what "
                "the plan must not do in its own words (e.g. 'restart orders, don't scale it')."
            )
        notes.append(f"I read {clause!r} as context: it changes nothing in this plan.")
    return notes


# A verb that makes its object a state, then the object: "make my-api not …", "keep worker not
# …", "turn frontend not …" (never "make sure …").
_MADE_NOT = re.compile(
    r"\b(?:make|keep|set|turn|render|get)\s+(?!sure\b|certain\b)(?:the\s+)?[\w\-]+"
    r"(?:\s+(?:deployment|deploy|statefulset|sts|pods?|workload|service))?\s*$"
)
# A noun of a workload's role, which may name a workload by what it is ("the databases").
_ROLE_NOUN = re.compile(
    r"\b(?:databases?|dbs?|datastores?|data\s+stores?|stores?|caches?|queues?|brokers?|"
    r"workers?|apis?|frontends?|backends?|proxies|proxy|services?|apps?|stateful\s*sets?|"
    r"statefulsets?|deployments?|sts)\b",
    re.I,
)


def _named_only_here(raw: str, at: int, clause: str, fp: Footprint) -> bool:
    """Whether negated ``clause`` (at ``at`` in ``raw``) holds a noun of a workload's role and
    no workload the plan changes is named outside it: what the plan acts on came from the words
    left out."""
    if at < 0 or not fp.workloads or not _ROLE_NOUN.search(clause):
        return False
    names = [rx(rf"(?<![\w\-]){re.escape(name.lower())}(?![\w\-])") for _, name in fp.workloads]
    outside = f"{raw[:at]} {raw[at + len(clause) :]}"
    # (A name said in the negation is read as such above — "we no longer use the worker, …
    # delete it" — and a set chosen by a label or "all/every" is not named by its members.)
    return (
        not any(n.search(clause) or n.search(outside) for n in names)
        and not _SET_SAID.search(outside)
        # ("bounce the redis one, not the proxy": the words outside describe it their own way)
        and not _ROLE_NOUN.search(outside)
        and not _TECH.search(outside)
    )


# Software a workload runs, said for it: a database engine (the shared
# :data:`~dotop_nb.planner.offline.context.DATABASES`, "postgresql", "pg") or another.
_TECH = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(DATABASES))})\w*|pg|redis|kafka|rabbit\w*|nginx|envoy|"
    r"memcached?|elastic\w*|valkey|etcd|zookeeper)\b",
    re.I,
)


_SET_SAID = re.compile(
    r"=|\b(?:all|every|each|any|label(?:l?ed)?|tier|selector|workloads|deployments|"
    r"statefulsets|daemonsets|apps)\b",
    re.I,
)


# "no need", "no need anymore", "not needed any more": said bare after a removal, the reason.
_NOT_NEEDED = re.compile(
    r"^\W*(?:(?:there(?:'s|\s+is)\s+)?no\s+(?:more\s+|longer\s+)?need(?:\s+for\s+(?:it|that|them))?|"
    r"(?:it(?:'s|\s+is)\s+)?no\s+longer\s+needed)"
    r"(?:\s+(?:anymore|any\s+more|now|already|these\s+days))?\W*$"
)
_REMOVAL = re.compile(r"\b(?:remove|delete|drop|unset|get\s+rid\s+of)\b")


def _removes(operations: list[Operation]) -> bool:
    """Whether every operation removes: a delete, or a patch that takes a key or variable out
    (a JSON/strategic delete directive or a null value), and nothing else."""
    if not operations:
        return False
    for op in operations:
        if op.kind == "delete":
            continue
        if op.kind != "patch":
            return False
        body = json.dumps(getattr(op, "patch", None) or {})
        if '"$patch": "delete"' not in body and "null" not in body:
            return False
    return True


# Round 37 (gap40a, blind40): "…. Restart only my-api, nothing else": a change said of one
# workload with "only", then "nothing else" — the same "only" said again, of that change.
_ONLY_ORDER = re.compile(
    r"(?:^|[\s(])(?:(?:please|pls|then|and|so|just)\s+)*"
    r"(?P<verb>restart|reboot|bounce|recycle|redeploy|scale)\s+only\s+(?:the\s+)?"
    r"(?P<name>[a-z0-9][\w\-]*)(?:\s+(?:deployment|pods?))?\s*,\s*$"
)
_ONLY_KINDS = {"scale": "scale"}


def _only_restated(before: str, clause: str, operations: list[Operation]) -> bool:
    """Whether ``clause`` is a bare "nothing else" right after "<verb> only <name>," in its
    sentence, and every operation of that verb's kind the plan makes is on that name (there is
    at least one): the "only" said twice, never a bound on the plan's other changes."""
    if not rx(r"^\W*(?:and\s+)?nothing\s+else\W*$").match(clause):
        return False
    m = _ONLY_ORDER.search(rx(r"[;.!?:\n]").split(before)[-1])
    if m is None:
        return False
    kind = _ONLY_KINDS.get(m["verb"], "rollout_restart")
    of_kind = [op for op in operations if op.kind == kind]
    return bool(of_kind) and all(op.target.name == m["name"] for op in of_kind)


def _refused(clause: str, operations: list[Operation], fp: Footprint) -> str | None:
    """Round 25 (negate): the question's end when every operation puts something in place and
    ``clause`` names what it puts ("no servicemonitor for frontend", "postgres shouldn't be
    backed up"): the plan would make what was refused. None otherwise."""
    if not all(op.kind in ("apply", "patch") for op in operations):
        return None
    made = {_stem(w) for w in fp.made}
    words = [w for w in _TOKEN.findall(clause.lower()) if w not in _FUNCTION]
    if not any(_stem(w) in made for w in words):
        return None
    applied = next((op.target for op in operations if op.kind == "apply"), None)
    remove = (
        f"name it (e.g. 'delete the {applied.kind.lower()} {applied.name}')"
        if applied is not None
        else "say the value it should have (e.g. 'set DEBUG=false on checkout')"
    )
    return (
        "it would put in place what the negation refuses, so I changed nothing. To remove or "
        f"undo one that exists, {remove}; to add one, say it without the negation."
    )


# The scope of a negated change: "no changes to the app deployments", "don't touch any
# services", "nothing on the configmaps": the objects after the preposition.
_SCOPE = re.compile(
    r"\b(?:changes?|changing|modifications?|modify(?:ing)?|edits?|editing|touch(?:ing)?|"
    r"nothing)\s+(?:(?:to|on|in|of|for)\s+)?(?:the\s+|any\s+|our\s+|my\s+)?"
    r"(?P<scope>[a-z0-9][a-z0-9\-\s]*?)\W*$"
)


_OVER_PROTOCOL = re.compile(
    r"\bover\s+(?=(?:plain\s+)?(?:https?|grpc|tcp|udp|rest|amqp|mqtt|websockets?|the\s+network|"
    r"the\s+wire)\b)"
)


# "replica counts are not to change", "the number of pods must not change", "pod count isn't
# to be changed": the count named as the subject of the negated change, nothing else.
_COUNT_HELD = re.compile(
    r"^\W*(?:and\s+|but\s+|so\s+)?(?:the\s+|its\s+|their\s+|all\s+)?(?:(?:replica|pod|instance)"
    r"\s+counts?|(?:number|count)s?\s+of\s+(?:replicas|pods|instances)|replicas|scale)\s+"
    r"(?:(?:are|is|must|should|shall|may|will|can|do|does)\s*(?:not|n't)|(?:are|is)\s+never|"
    r"aren't|isn't|won't|mustn't|shouldn't|can't|cannot)\s+(?:to\s+)?(?:be\s+)?"
    r"(?:chang(?:e|ed)|touched|altered|modified)\s*[.!]?\s*$"
)


# "no cpu limit", "no memory request": a resource field said absent.
_NO_FIELD = re.compile(
    r"^\W*(?:and\s+|but\s+|with\s+)?(?:no|without(?:\s+an?)?)\s+(?P<res>cpu|memory|mem)\s+"
    r"(?P<field>limit|request)s?\b(?:\s+(?:please|though|either|for\s+it|on\s+it))?\W*$"
)


def _never_had(ctx: Ctx, clause: str, operations: Iterable[Operation]) -> bool:
    """Whether ``clause`` says a resource field is absent ("no cpu limit") that no container of
    the plan's workloads has now and no operation writes: what stays as it is. Only beside
    patches of workloads (a resources change); anything else is read as before."""
    m = _NO_FIELD.match(clause.strip())
    ops = list(operations)
    if m is None or not ops:
        return False
    res = "memory" if m["res"].startswith("mem") else "cpu"
    field_ = "limits" if m["field"] == "limit" else "requests"
    for op in ops:
        if op.kind != "patch" or op.target.kind not in WORKLOAD_KINDS:
            return False
        if _writes(getattr(op, "patch", None), field_, res):
            return False
        live = ctx.get(op.target.kind, op.target.name, op.target.api_version)
        if live is None or any(
            res in ((c.get("resources") or {}).get(field_) or {}) for c in containers(live)
        ):
            return False
    return True


def _writes(value: Any, field_: str, res: str) -> bool:
    """Whether a patch writes (or removes) ``field_``'s ``res`` anywhere."""
    if isinstance(value, dict):
        inner = value.get(field_)
        if isinstance(inner, dict) and res in inner:
            return True
        return any(_writes(v, field_, res) for v in value.values())
    if isinstance(value, list):
        return any(_writes(v, field_, res) for v in value)
    return False


def conflict(clause: str, fp: Footprint, *, first: bool = False) -> str | None:
    """Why ``clause`` may constrain a plan with footprint ``fp``, or None when it cannot.
    ``first``: the clause opens the sentence, where a lack is said as the request's topic."""
    lowered = rx(r"\bno\s+one\b").sub("nobody", clause.lower())
    # "nothing calls payments over http anymore": how it is reached, never a bound.
    lowered = _OVER_PROTOCOL.sub("via ", lowered)
    if _PURPOSE_LEAD.match(lowered):
        return _purpose(lowered, fp)
    if _SELECTS.search(lowered):
        return "it leaves something out of what the request selects"
    if _LEFT_OUT.search(lowered):
        # "the proxy is not part of this change": what the request leaves out (constraints.py
        # reads it when it names a workload; said otherwise it is asked).
        return "it says what the request leaves out"
    tokens = rx(r"[a-z0-9][a-z0-9'%./-]*").findall(lowered)
    words = [w.strip(".'") for w in tokens]
    if found := next((w for w in words if _stem(w) in _RETRACTS), None):
        return f"{found!r} may take back what was said"
    if not [w for w in words if w not in _FUNCTION]:
        # "scale orders to 3, no, 4": a bare "no" corrects what was said.
        return "it says no more than the negation"
    if goal(lowered, fp):
        # "don't let checkout fall over" beside 4 replicas: what the plan is for.
        return None
    # "k8s", "s3", "ec2" are names; "2", "v2", "3x" are numbers.
    numbers = [w for w in words if rx(r"v?\d").match(w) or w in _NUMBER_WORDS]
    if bound := _bound(lowered, fp):
        return None if bound == "held" else bound
    if numbers:
        return f"it says {numbers[0]!r}, a number said with a negation"
    if any(w in _COMPARES for w in words):
        return "it says a bound"
    if first and _lacks(lowered, fp):
        # "no payments metrics in grafana, add a servicemonitor": what is missing now, which
        # the plan puts in place — the reason for the request, never a prohibition of it.
        return None
    if _SUBJECT_STATE.search(lowered):
        # "nobody depends on it now", "no one opens it these days": how things are, not when
        # to act.
        words = [w for w in words if w not in _TIMES]
    if fp.guards and _GUARDED_DURING.search(lowered):
        # "no outage during node drains": when the budget (or the rollout) holds, not a wait.
        words = [w for w in words if w not in ("during", "while", "when", "whenever")]
    if found := next((w for w in words if w in _TIMES), None):
        return f"{found!r} is a time"
    guarded = {_stem(w) for w in fp.guards}
    outcomes = (w for w in words if _stem(w) in _OUTCOME_STEMS and _stem(w) not in guarded)
    if found := next(outcomes, None):
        return f"{found!r} is an outcome the plan may not keep"
    if guarded & {_stem(w) for w in words}:
        # "no downtime for checkout when nodes are drained": what the budget is for, whose
        # other words (the workload, "drained", "pods") are the plan's own.
        return None
    if fp.deletes and _DISUSE.search(lowered):
        # "the client no longer calls the frontend Service directly": the object is no longer
        # used — the reason for its delete, never a part the delete must keep.
        return None
    if fp.deletes and any(w in _PARTS for w in words):
        # "delete worker without its service": what a delete keeps is read by the delete rule.
        return "it names a part of what a delete may take"
    if (
        (state := _ACTIVE_STATE.search(lowered))
        and _stem(verb := state.group("ing") or state.group("ed") or state.group("s"))
        not in _ANY_CHANGE_STEMS
        and not _CHANGED.match(f"{_stem(verb)}ed")
    ):
        # "because nothing is scraping it", "nobody reads that queue": what is done now, by no
        # one — the plan being the remedy.
        return None
    if _NONE_MADE.match(lowered):
        # "restart postgres, nothing changed, it's just wedged": no change was made before —
        # the reason for the request, said in the past, never a rule for the plan.
        return None
    if _PARTICIPLE_STATE.match(lowered) and not _CHANGED.search(lowered):
        # (never a change said in the passive: "make sure orders isn't restarted" forbids it)
        # "payments metrics aren't scraped": how it is now, the plan being the remedy.
        return None
    if any(w in _ELSE for w in words):
        # "restart orders and change nothing else": nothing beyond the one change asked.
        # A delete that is one operation deletes only what was named (its pods go with it).
        if fp.operations > 1 and not fp.each_named:
            return "the plan makes more than the one change"
        return None
    if (scope := _SCOPE.search(lowered)) and (scoped := statements.kinds_said(scope["scope"])):
        # "No changes to the app deployments" beside an image of the postgres StatefulSet: the
        # scope names kinds of object the plan does not act on — it excludes the plan (a name
        # said in it that the plan acts on is still asked by the caller).
        return None if not scoped & fp.kinds else f"{scope['scope']!r} names what the plan acts on"
    # "no image change", "without config changes": the noun before says which change; only
    # "change" said alone ("change nothing", "no changes") covers any change.
    kinds = {i + 1 for i, w in enumerate(words[:-1]) if w not in _FUNCTION and not w.isdigit()}
    covering = (w for i, w in enumerate(words) if i not in kinds or _stem(w) != "chang")
    if found := next((w for w in covering if _stem(w) in _ANY_CHANGE_STEMS), None):
        return f"{found!r} covers any change"
    stems = {_stem(w) for w in fp.words}
    for w in words:
        if w in _FUNCTION or len(w) < 2:
            continue
        if _stem(w) in stems or any(_stem(p) in stems for p in rx(r"[-_./]").split(w) if p):
            return f"{w!r} is part of what it does"
    return None


# "no payments metrics in grafana", "no liveness probe on it yet", "zero metrics from my-api":
# what is missing, said as a noun after the negation (never a change, an outcome or a time).
_LACK = re.compile(
    r"^(?:there(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+|(?:we|i)\s+(?:have|had|got|see|saw)\s+)?"
    r"(?:no|zero|not\s+a\s+single|not\s+any)\s+(?P<what>[a-z][^,;]*)$"
)
# How long or where it has been missing: "yet", "anywhere", "at all", "right now".
_STILL = re.compile(
    r"\b(?:yet|anywhere|at\s+all|so\s+far|right\s+now|currently|at\s+the\s+moment|"
    r"these\s+days|whatsoever|either)\b"
)


def _continued_lack(before: str, clause: str) -> str | None:
    """``clause`` without its "but"/"and" when it goes on the fact said right before it in the
    same sentence ("payments has a readiness probe but no liveness probe", "worker has limits,
    and no requests"): the lack is part of that statement (:func:`.statements.fact`). None when
    the clause before is no fact or the clause is no bare lack."""
    bare = rx(r"^(?:but|and|yet)\s+").sub("", clause.strip())
    if not _LACK.match(bare):
        return None
    joined = rx(r"(?:\b(?:but|and|yet)|,)\s*$").search(before) or rx(r"(?:but|and|yet)\s").match(
        clause.strip()
    )
    head = rx(r"[;.!?:\n]").split(before)[-1]
    parts = statements.clauses(head)
    if not joined or not parts or not statements.fact(parts[-1]):
        return None
    return bare


def _lacks(clause: str, fp: Footprint) -> bool:
    """Whether ``clause`` says something is missing that the plan makes ("no payments metrics
    in grafana", "no liveness probe on payments yet"): every word it shares with the plan is
    of what an applied object or a written key puts in place, none is a change, an outcome, a
    number or a verb that covers any change. Read as a prohibition it would forbid the very
    request beside it."""
    m = _LACK.match(clause.strip())
    if m is None or not fp.made:
        return False
    words = [
        w.strip(".'") for w in rx(r"[a-z0-9][a-z0-9'%./-]*").findall(_STILL.sub(" ", m["what"]))
    ]
    if any(rx(r"v?\d").match(w) or w in _NUMBER_WORDS or w in _TIMES for w in words):
        return False
    stems = {_stem(w) for w in words if w not in _FUNCTION}
    if stems & (_OUTCOME_STEMS | _ANY_CHANGE_STEMS) or any(_CHANGED.match(f"{s}ed") for s in stems):
        return False
    changes = {_stem(w) for f in ("scale", "rollout_restart", "delete") for w in _FAMILY[f].split()}
    if stems & changes - {_stem(w) for w in fp.made}:
        return False
    shared = stems & {_stem(w) for w in fp.words}
    return bool(shared) and shared <= {_stem(w) for w in fp.made}


# What should not be, said of the target ("my-api pods shouldn't get a service account token
# mounted", "payments must not have privilege escalation", "worker shouldn't run with host
# networking"): the state the plan's change is to bring about.
_UNWANTED = re.compile(
    r"^(?:[\w\-' ]+?\s+)?(?:should\s*n'?t|should\s+not|must\s*n'?t|must\s+not|ought\s+not\s+to|"
    r"may\s+not|can'?t|cannot|can\s+not|is\s+not\s+to|are\s+not\s+to)\s+(?:ever\s+|even\s+)?"
    r"(?:get|have|be\s+given|receive|run\s+with|carry|hold|keep|mount|auto-?mount|use|allow|"
    r"be\s+allowed|need)\s+(?P<what>.+)$"
)
# Nothing is to reach a name, said as a state: "nothing should reach my-api inside the cluster
# until the review", "no one may call payments", "nobody can hit frontend till friday".
_UNREACHED = re.compile(
    r"^(?:so\s+(?:that\s+)?)?(?:nothing|nobody|no\s+one|no\s+[a-z]+)\s+(?:should|must|shall|can|"
    r"may|will|is\s+to|are\s+to|is\s+allowed\s+to)\s+(?:be\s+able\s+to\s+)?(?:reach|call|hit|use|"
    r"talk\s+to|connect\s+to|access|get\s+to|send\s+to)\s+(?P<name>[a-z0-9][\w\-]*)"
    r"(?:\s+(?:inside|within|in|from\s+inside)\s+(?:the\s+)?(?:cluster|namespace))?"
    r"(?:\s+(?:until|till|til)\s+[^.;:!?]*)?\W*$"
)


def _unreached(clause: str, operations: Iterable[Operation]) -> str | None:
    """The Service the plan deletes when ``clause`` says nothing is to reach it, by its name
    ("nothing should reach my-api inside the cluster until the security review is done"): the
    state the delete makes, not a prohibition of it. A name the plan deletes no Service of, a
    number or a condition leaves it asked."""
    m = _UNREACHED.match(clause.strip())
    if m is None:
        return None
    for op in operations:
        if op.kind == "delete" and op.target.kind == "Service" and op.target.name == m["name"]:
            return op.target.describe()
    return None


_TOKEN = re.compile(r"[a-z0-9][a-z0-9'%./-]*")
_DIGIT = re.compile(r"v?\d")
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def _turned_off(operations: Iterable[Operation]) -> set[str]:
    """The stems of the words of every key a patch of the plan sets to false ("automount
    ServiceAccountToken" → auto, mount, servic, account, token)."""
    stems: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if inner is False:
                    stems.update(s for w in _CAMEL.findall(str(key)) for s in _key_stems(w))
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    for op in operations:
        walk(getattr(op, "patch", None))
    return stems


# Round 34 (gap37b): "run it as uid 10001. no daemons as root, ever", "never as root", "no
# processes running as root": nothing as root, said beside a change that runs it as another
# user — the state that change makes, never a prohibition of it. Only up to two words of what
# runs before "as root", and only a manner after it ("ever", "again", "anymore").
_AS_ROOT = re.compile(
    r"^(?:no|never|nothing|none|not)(?:\s+[a-z][\w\-]*){0,2}?"
    r"(?:\s+(?:runs?|running|should\s+run|may\s+run|will\s+run))?\s+as\s+root"
    r"(?:\s*,?\s*(?:ever|again|any\s?more|any\s+longer|please|pls|thanks))*\W*$"
)
_NON_ROOT = re.compile(r"'runAsNonRoot': True|'runAsUser': [1-9]")


def _not_as_root(clause: str, operations: Iterable[Operation]) -> bool:
    """Whether ``clause`` says nothing is to run as root (:data:`_AS_ROOT`) and a patch of the
    plan runs the pods as non-root or as a user other than 0."""
    if "root" not in clause or not _AS_ROOT.match(clause.strip()):
        return False
    return any(
        op.kind == "patch" and _NON_ROOT.search(str(getattr(op, "patch", ""))) for op in operations
    )


def _unwanted(clause: str, operations: Iterable[Operation]) -> bool:
    """Whether ``clause`` says what should not be ("shouldn't get a service account token
    mounted") and every word of it is of a key the plan turns off: the negation is the change
    itself, read as the state the plan makes. A number, a time, a verb of change or a word the
    key does not hold ("shouldn't lose its token") leaves it a prohibition, asked."""
    m = _UNWANTED.match(clause.strip())
    off = _turned_off(operations)
    if m is None or not off:
        return False
    words = [w.strip(".'") for w in _TOKEN.findall(m["what"].lower())]
    if any(_DIGIT.match(w) or w in _NUMBER_WORDS or w in _TIMES for w in words):
        return False
    stems = {s for w in words if w not in _FUNCTION for s in _key_stems(w)}
    return bool(stems) and stems <= off


def _key_stems(word: str) -> set[str]:
    """The stems of a word of a key or of a clause, "auto" taken apart ("automounted" → auto,
    mount) as keys spell it (automountServiceAccountToken)."""
    word = word.lower()
    if word.startswith("auto") and len(word) > 6:
        return {"auto", _stem(word[4:])}
    return {_stem(word)}


# What the change is for, as :func:`.statements.purpose_lead` leads it: "so a drain never
# takes it to zero", "to make sure we never lose the queue".
# "can't keep hand-scaling it", "cannot keep restarting it by hand": what is done now and can
# go on no longer, said as the reason.
_KEEP_DOING = re.compile(
    r"^(?:can'?t|cannot|can\s+not|could\s*n'?t)\s+keep\s+(?:on\s+)?(?P<ing>[\w\-]+ing)\b"
)
# The kinds of operation a gerund there names: said of what the plan does, it is asked.
_DOING_KINDS = {
    "scal": ("scale",),
    "resiz": ("scale",),
    "restart": ("rollout_restart",),
    "bounc": ("rollout_restart",),
    "reboot": ("rollout_restart",),
    "recycl": ("rollout_restart",),
    "kill": ("rollout_restart", "delete"),
    "delet": ("delete",),
    "remov": ("delete",),
    "clean": ("delete",),
    "roll": ("rollout_undo", "rollout_restart", "set_image"),
    "revert": ("rollout_undo", "set_image"),
    "deploy": ("set_image",),
    "redeploy": ("set_image", "rollout_restart"),
    "patch": ("patch",),
    "edit": ("patch",),
    "tweak": ("patch",),
}
_PURPOSE_LEAD = re.compile(
    r"^(?:so(?:\s+that)?|so\s+as|in\s+order\s+(?:that|for)|to\s+(?:make\s+sure|ensure|"
    r"guarantee)(?:\s+that)?|making\s+sure(?:\s+that)?|ensuring(?:\s+that)?|"
    r"(?:so\s+as\s+|in\s+order\s+)?to(?=\s+avoid\b))\s+"
)
# "takes it to zero", "hits 0", "down to nothing": no pod left up, which is being down.
_NONE_LEFT = re.compile(
    r"\b(?:to|hits?|reach(?:es)?|at)\s+(?:zero|0|nothing|no\s+pods?)\b|"
    r"\bzero\s+(?:pods?|replicas?|capacity|instances?)\b"
)


# "so no ADT messages are processed during the EHR upgrade", "so nothing gets consumed while we
# migrate", "so it doesn't pick up jobs during the cutover": work that stops — what zero
# replicas do. (An outcome — "so no messages are lost" — is not work stopped, and stays asked.)
_WORK_STOPPED = re.compile(
    r"^(?:so(?:\s+that)?|in\s+order\s+that|to\s+(?:make\s+sure|ensure)(?:\s+that)?)\s+"
    r"(?:(?:no|nothing|none)\b[^,;]*?\b(?:is|are|gets?|will\s+be|can\s+be|would\s+be|"
    r"(?:is|are|gets?)\s+being)\s+(?:processed|consumed|handled|picked\s+up|ingested|dequeued|"
    r"imported|run|executed|sent|delivered)|"
    r"(?:it|they|nothing|no\s+one|nobody)\s+(?:(?:doesn'?t|don'?t|won'?t|can'?t|does\s+not|do\s+not|"
    r"will\s+not|cannot)\s+)?(?:process|consume|handle|pick\s+up|ingest|dequeue|import|run|"
    r"execute|send|deliver)(?:e?s)?)\b"
)


def _purpose(clause: str, fp: Footprint) -> str | None:
    """Why a purpose ("so a drain never takes it to zero") may not be what the plan keeps: an
    outcome it does not guard (a budget keeps pods up through drains, maxUnavailable 0 through
    rollouts), a number or a time said with it. Anything else is what the plan is for."""
    if _SELECTS.search(_PURPOSE_LEAD.sub("", clause).replace("avoid", "", 1)):
        return "it leaves something out of what the request selects"
    if goal(_PURPOSE_LEAD.sub("", clause), fp):
        # "so one node dying doesn't take inference down" beside a spread.
        return None
    # (Round 15, helper values: "so one pod can't starve the node": one pod as the purpose's
    # subject is any pod, no count.)
    anyone = any_pod_blanked(clause)
    # (Round 23: "so one zone outage doesn't stop the lanes": a failure counted by its unit is
    # what the harm comes from, never a count of the plan.)
    anyone = _FAILURE_UNIT.sub(" ", anyone)
    words = [
        w.strip(".'")
        for w in rx(r"[a-z0-9][a-z0-9'%./-]*").findall(_NONE_LEFT.sub(" down ", anyone))
    ]
    if numbers := [w for w in words if rx(r"v?\d").match(w) or w in _NUMBER_WORDS]:
        return f"it says {numbers[0]!r}, a number said with a negation"
    if fp.guards and _GUARDED_DURING.search(clause):
        words = [w for w in words if w not in ("during", "while", "when", "whenever")]
    if fp.stops and _WORK_STOPPED.match(clause):
        # Work that stops beside a scale to zero: what the plan does; the time said with it
        # ("during the EHR upgrade") is how long the stop lasts, not a wait.
        return None
    if found := next((w for w in words if w in _TIMES), None):
        return f"{found!r} is a time"
    guarded = {_stem(w) for w in fp.guards}
    outcomes = (w for w in words if _stem(w) in _OUTCOME_STEMS and _stem(w) not in guarded)
    if found := next(outcomes, None):
        return f"{found!r} is an outcome the plan may not keep"
    return None


# "never below 2", "not under 2 pods", "no fewer than 2": a floor; "never above 8": a ceiling.
_BOUND = re.compile(
    r"^(?:never|not|no|don'?t|do\s+not)\s+(?:ever\s+)?(?:go\s+|drop\s+|fall\s+|dip\s+|get\s+|"
    r"scale\s+|shrink\s+|grow\s+|run\s+)?(?:(?P<floor>below|under|less\s+than|fewer\s+than|"
    r"lower\s+than)|(?P<ceiling>above|over|more\s+than|higher\s+than|beyond|past))\s+"
    r"(?P<n>\d+)(?:\s+(?:pods?|replicas?|instances?|copies))?$"
)


def _bound(clause: str, fp: Footprint) -> str | None:
    """ "held" when ``clause`` is a bound the plan holds as that bound; a reason to ask when it
    is a bound the plan does not hold; None when it is not a bound. "never below three pods and
    never above fifteen" is two bounds, each read alone (a number in words as its digits)."""
    from dotop_nb.planner.offline.numbers import UNITS  # noqa: PLC0415 - numbers reads much

    parts = [
        rx(r"\b[a-z]+\b").sub(lambda w: str(UNITS.get(w.group(0), w.group(0))), part)
        for part in rx(r"\s*(?:,|;|\band\b|\bor\b)\s*").split(clause.strip())
        if part.strip()
    ]
    if len(parts) > 1:
        read = [_one_bound(part, fp) for part in parts]
        if None in read:
            return None
        return next((r for r in read if r != "held"), "held")
    return _one_bound(parts[0] if parts else clause, fp)


def _one_bound(clause: str, fp: Footprint) -> str | None:
    m = _BOUND.match(clause.strip())
    if not m:
        return None
    keys = (
        ("minReplicas", "minReplicaCount")
        if m.group("floor")
        else ("maxReplicas", "maxReplicaCount")
    )
    if any(m.group("n") in fp.bounds.get(k, set()) for k in keys):
        return "held"
    side = "minimum" if m.group("floor") else "maximum"
    return f"it says a {side} of {m.group('n')}, which the plan does not hold as its {side}"


def _workloads(ctx: Ctx, clause: str) -> set[tuple[str, str]] | None:
    """The workloads ``clause`` names (None: it names one ambiguously, which is asked)."""
    try:
        return {(t.kind, t.name) for t, _ in ctx.workloads(clause)}
    except Clarify:
        return None


def _walk(fp: Footprint, value: Any, key: str = "") -> None:
    if isinstance(value, dict):
        for raw, v in value.items():
            k = str(raw)
            _add(fp.words, *_split(k))
            _add(fp.words, _KEY_WORDS.get(k, ""))
            if k == "template":
                _add(fp.words, _ROLL)
            if k == "kind" and isinstance(v, str):
                _add(fp.words, _KIND_WORDS.get(v, ""))
            _walk(fp, v, k)
    elif isinstance(value, list):
        for item in value:
            _walk(fp, item, key)
    elif isinstance(value, bool):
        return
    elif isinstance(value, int | float):
        fp.numbers.add(str(value))
        fp.bounds.setdefault(key, set()).add(str(value))
    elif isinstance(value, str):
        _add(fp.words, *_split(value))
        fp.numbers.update(rx(r"\d+").findall(value))


def _split(text: str) -> list[str]:
    """Words of a key or a value: "maxUnavailable" → max, unavailable; "/stats/prom" → …"""
    spaced = rx(r"([a-z0-9])([A-Z])").sub(r"\1 \2", text)
    return [w for w in rx(r"[^A-Za-z]+").split(spaced.lower()) if len(w) > 1] + [text.lower()]


def _add(words: set[str], *texts: str) -> None:
    for text in texts:
        words.update(text.lower().split())
