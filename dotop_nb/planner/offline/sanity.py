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
from functools import lru_cache
from typing import Any

from dotop_nb.models import (
    WORKLOAD_KINDS,
    ApplyOp,
    DeleteOp,
    PatchOp,
    RolloutRestartOp,
    ScaleOp,
    SetImageOp,
    Target,
)
from dotop_nb.planner.offline import constraints, direction, statements, veto
from dotop_nb.planner.offline.context import Clarify, Ctx, containers, pod_labels, what_runs
from dotop_nb.planner.offline.numbers import NTH_VERBS, QUANTITY_SUFFIXES
from dotop_nb.planner.offline.rx import rx
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
    # Round 30 (gap33a): a change ticket's verbs ("Amend the HorizontalPodAutoscaler of …").
    r"amend|amending|alter|altering|revise|revising|"
    # Round 9: words that presuppose the object exists ("re the frontend hpa — let it go up to
    # 12 instead of whatever it is now"): when none does, a new one is not what was meant.
    r"instead\s+of|whatever\s+it(?:'s|\s+is)|(?:what|where)\s+it(?:'s|\s+is)\s+now|"
    r"let\s+it\s+go|currently|re(?=\s)"
)


def check(ctx: Ctx, plan: PlanResult) -> PlanResult:
    """Raise :class:`Clarify` when ``plan`` cannot be what was meant; else return it."""
    _edits_something_missing(ctx, plan)
    _object_named_is_nothing_here(ctx, plan)
    _kind_said_is_not_its_kind(ctx, plan)
    _bracket_says_another_kind(ctx, plan)
    _bracket_is_another_kind(ctx, plan)
    _twin_said_bare(ctx, plan)
    _budget_blocks_evictions(ctx, plan)
    _beyond_any_node(plan)
    _count_a_port(ctx, plan)
    _count_of_something_else(ctx, plan)
    _one_of_it_deleted(ctx, plan)
    _pulled_not_deployed(ctx, plan)
    _corrected(ctx, plan)
    _other_container_said(ctx, plan)
    _fraction_unused(ctx, plan)
    _allow_planned_as_deny(ctx, plan)
    _image_said_as_something_else(ctx, plan)
    _image_of_another_product(ctx, plan)
    _size_fragment_beside_scale(ctx, plan)
    _quantity_of_another_resource(ctx, plan)
    _restart_policy_said(ctx, plan)
    _deleted_beside_the_order(ctx, plan)
    _pronoun_for_a_part(ctx, plan)
    direction.check(ctx, plan)
    return plan


# Round 19 (attack 22): the object an order names, said right after its verb: a name said as a
# name (a hyphen, a digit, a dot in it), a word before the kind of thing it is ("the loyalty app",
# "the billing pdb", "the scoring service"), or a bare word the verb ends on ("delete billing,
# payments took over", "scale loyalty to 0, …").
# An object's name as an order says it (never a pronoun, a kind, a count or a time), and what
# may follow it.
_OBJECT = (
    r"(?:(?:the|that|this|our|my)\s+)?"
    r"(?:(?:old|older|legacy|unused|stale|dead|former|obsolete|deprecated|retired)\s+)*"
    r"(?P<name>(?!(?:it|its|them|their|his|her|this|that|these|those|everything|all|both|each|"
    r"every|any|down|up|out|in|back|off|the|a|an|some|other|new|one|two|three|pods?|replicas?|"
    r"apps?|services?|svc|deployments?|deploys?|sts|statefulsets?|workloads?|last|previous|"
    r"current|latest|now|plz|pls|please|variables?|vars?|keys?|env|spec|images?|containers?|"
    r"sidecars?|alerts?|rules?|config|configmaps?|cm|pdbs?|hpas?|whole|entire|same|first|"
    r"second|next|again|anyway|asap|today|tonight|too|also|instead)\b)"
    r"[a-z][a-z0-9]*(?:[\-.][a-z0-9]+)*)"
    r"(?:'s)?"
    r"(?=\s+(?P<kind>apps?|application|services?|svc|deployments?|deploy|statefulsets?|sts|pdbs?|"
    r"workloads?)\b|\s*(?:[,;:.!?(\u2013\u2014]|$)|\s+-+\s|\s+to\s+(?:0|zero|\d)|"
    r"\s+(?:since|as|because|now|in|on)\b)"
)
_ORDER_OBJECT = re.compile(
    r"(?:^|[,;:.!?(]\s*|\b(?:and|then|please|pls|just|now|also)\s+)"
    r"(?P<verb>delete|remove|drop|nuke|destroy|decommission|tear\s+down|retire|kill|scale|"
    r"update|upgrade|bump|restart|bounce|recycle|roll\s*back|rollback|revert|stop|shut\s+down)"
    rf"\s+{_OBJECT}",
    re.I,
)


# Round 20 (attack): the object an order names after its preposition, after a value or a field
# ("set PROVIDER=adyen on billing", "set the cpu request of billing to 200m") — read only in a
# clause that names none of the plan's targets (there "on friday" or "for the promo" beside
# "payments" name no other object).
_SLOT_OBJECT = re.compile(
    r"(?:(?:\b[A-Z][A-Z0-9_]*\s*=\s*\S+|\bto\s+[\w.\-]+)\s+(?:on|for)|"
    r"\b(?:requests?|limits?|replicas|image|env|variables?|memory|cpu)\s+(?:of|on|for))\s+"
    rf"(?![\w.\-]*\(){_OBJECT}",
    re.I,
)
# Where a clause ends: a stop, a comma, a dash, or a reason said after the order.
_CLAUSE_END = re.compile(
    r"[,;.!?()\n\u2013\u2014]|\s-+\s|\b(?:since|as|because|now\s+that|after|it|they|we|"
    r"which|that)\s",
    re.I,
)


def _said_for(ctx: Ctx, plan: PlanResult) -> set[str]:
    """The words that name what ``plan`` changes: its targets, what their pods run, and the
    workloads that read a ConfigMap it changes."""
    from dotop_nb.planner.offline.compound import read_by  # noqa: PLC0415 - import cycle

    said = {op.target.name.lower() for op in plan.operations}
    changed = {op.target.name for op in plan.operations if op.target.kind == "ConfigMap"}
    for op in plan.operations:
        if op.target.kind in ("Deployment", "StatefulSet", "DaemonSet"):
            obj = ctx.get(op.target.kind, op.target.name, op.target.api_version)
            said |= {w.lower() for w in what_runs(obj)} if obj else set()
    if changed:
        for kind in WORKLOAD_KINDS:
            for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace):
                if changed & read_by(obj):
                    said.add(str(obj["metadata"]["name"]).lower())
    return said


def _named(words: set[str], text: str) -> bool:
    return any(rx(rf"(?<![\w\-]){re.escape(w)}(?![\w\-])").search(text) for w in words)


def _unknown_objects(ctx: Ctx, said: set[str]) -> list[re.Match[str]]:
    """The order's objects (after its verb, or after its preposition in a clause that names
    none of ``said``) that name nothing here."""
    raw = ctx.raw
    found = list(_ORDER_OBJECT.finditer(raw))
    for m in _SLOT_OBJECT.finditer(raw):
        start = max((e.end() for e in _CLAUSE_END.finditer(raw, 0, m.start())), default=0)
        end = _CLAUSE_END.search(raw, m.end("name"))
        clause = raw[start : end.start() if end else len(raw)].lower()
        if not _named(said, clause):
            found.append(m)
    return [
        m
        for m in found
        if m["name"].lower() not in said and not _known_here(ctx, m["name"].lower())
    ]


def _object_named_is_nothing_here(ctx: Ctx, plan: PlanResult) -> None:
    """Ask when the order's own object (:data:`_ORDER_OBJECT`, :data:`_SLOT_OBJECT`) names
    nothing in the namespace and the plan changes a workload the sentence names elsewhere:
    "delete the loyalty app, it moved to my-api" would delete my-api, "scale the billing app to
    0; payments took over" would stop payments, "set PROVIDER=adyen on billing, it moved to
    payments" would change payments' config. What the order names must be what changes."""
    if not plan.operations:
        return
    said = _said_for(ctx, plan)
    for m in _unknown_objects(ctx, said):
        # Named anywhere else in what was said: before the order too ("since payments took
        # over, scale billing to 0").
        after = (ctx.raw[: m.start("name")] + " " + ctx.raw[m.end() :]).lower()
        if not _named(said, after):
            continue  # the target is not named after it: not one a reason lends
        raise Clarify(
            f"You named {m.group('name')!r}, but nothing in namespace {ctx.namespace!r} is "
            f"called that, and the plan would change "
            f"{', '.join(sorted({op.target.describe() for op in plan.operations}))}, named "
            "elsewhere in what you said. Nothing is changed: name the workload exactly."
        )


# The workload kinds as people and kubectl write them beside a name.
_WORKLOAD_KIND_WORDS = {
    "Deployment": r"deployments?|deploys?",
    "StatefulSet": r"statefulsets?|sts",
    "DaemonSet": r"daemonsets?|ds",
}


def _kind_said_is_not_its_kind(ctx: Ctx, plan: PlanResult) -> None:
    """Ask when a workload the plan changes is said beside a kind it is not, and never beside
    its own: "delete the postgres deployment" (postgres is a StatefulSet), "kubectl delete sts
    my-api" (a Deployment). The words name an object that does not exist; the one of that name
    is another kind, and may be another thing (attack 22, on the final round)."""
    for op in plan.operations:
        kind = op.target.kind
        if kind not in _WORKLOAD_KIND_WORDS:
            continue
        name = re.escape(op.target.name)
        said = {
            k for k, words in _WORKLOAD_KIND_WORDS.items() if _kind_beside(ctx.raw, name, words)
        }
        if said and kind not in said:
            other = sorted(said)[0]
            if ctx.get(other, op.target.name, "apps/v1") is not None:
                continue  # "the redis sts, then the cache deployment": both are called cache
            raise Clarify(
                f"You said {op.target.name} is a {other}, but {op.target.describe()} is a "
                f"{kind}, and no {other} is called {op.target.name}. Name it by its kind, "
                f"e.g. '{kind.lower()}/{op.target.name}', if that is the one."
            )


# Round 39 (gap42b): a bracket that says what the words before it are: "delete the cache
# deployment (statefulset cache)", "restart the cache statefulset (the cache Deployment)".
_BRACKET = re.compile(r"\(([^()]*)\)")
# (A bracket that says what stays, "(proxy only, keep sts/cache)", names no second target.)
_AFTER_BRACKET_END = re.compile(r"[,.;:!?()]")
_BRACKET_KEEPS = re.compile(
    r"\b(?:keep|keeps|kept|stays?|remains?|leave|spare|not|except|untouched|alone)\b", re.I
)


def _bracket_says_another_kind(ctx: Ctx, plan: PlanResult) -> None:
    """Ask when a bracket names a workload the plan changes with another workload kind than the
    words outside it do: "delete the cache deployment (statefulset cache)" names both objects
    called cache, and picking one of them is a guess (a delete of the wrong one is the worst).
    (A bracket that is only a kind: :func:`_bracket_is_another_kind`.)"""
    inside = " ; ".join(
        m.group(1)
        for m in _BRACKET.finditer(ctx.raw)
        # (what stays, said inside the bracket or right after it, up to the clause's end: "the
        # redis one (statefulset cache) must stay")
        if not _BRACKET_KEEPS.search(m.group(1))
        and not _BRACKET_KEEPS.search(_AFTER_BRACKET_END.split(ctx.raw[m.end() :], maxsplit=1)[0])
    )
    if not inside:
        return
    outside = _BRACKET.sub(" ; ", ctx.raw)
    for op in plan.operations:
        if op.target.kind not in _WORKLOAD_KIND_WORDS:
            continue
        name = re.escape(op.target.name)
        said_in = {k for k, w in _WORKLOAD_KIND_WORDS.items() if _kind_beside(inside, name, w)}
        said_out = {k for k, w in _WORKLOAD_KIND_WORDS.items() if _kind_beside(outside, name, w)}
        if said_in and said_out and said_in != said_out:
            both = ", ".join(f"{k.lower()}/{op.target.name}" for k in sorted(said_in | said_out))
            raise Clarify(
                f"The words and the bracket name two kinds for {op.target.name} ({both}). "
                f"Which one did you mean? Name it once by its kind, e.g. "
                f"'{op.target.kind.lower()}/{op.target.name}'."
            )


def _bracket_is_another_kind(ctx: Ctx, plan: PlanResult) -> None:
    """Ask when a bracket right after the name of a workload the plan changes is only another
    workload kind: "delete worker (the statefulset)", "restart payments (sts)" (round 39, the
    lead, attack45) name an object that is not the one planned, whatever else is said beside."""
    for op in plan.operations:
        if op.target.kind not in _WORKLOAD_KIND_WORDS:
            continue
        for kind, words in _WORKLOAD_KIND_WORDS.items():
            if kind != op.target.kind and _kind_in_bracket(re.escape(op.target.name), words).search(
                ctx.raw
            ):
                raise Clarify(
                    f"You said {op.target.name} and then '({kind.lower()})', but "
                    f"{op.target.name} here is a {op.target.kind}. Which one did you mean? Name "
                    f"it by its kind, e.g. '{op.target.kind.lower()}/{op.target.name}'."
                )


# Round 40 (oa46, attack45): an object's name, then a bracket that opens with the name of
# another object of the namespace ("delete my-api (the my-api-config map)", "restart orders
# (the worker deployment)"): the two name different objects, and picking one is a guess (a
# delete of the wrong one is the worst). Only a bracket that is that name and a kind word at
# most: "(payments restarts are forbidden)" says something of another object. A nickname
# before the bracket ("the weavers site (frontend)") names nothing; a bracket that adds or
# keeps ("(and my-api-config)", "(keep my-api-config)") is no second name for the first.
_APPOSED = re.compile(
    r"(?<![\w\-./:])(?P<name>[a-z0-9][a-z0-9\-]*)\s*\(\s*(?:(?:the|a|an|its|i\.?e\.?,?|aka)\s+)?"
    r"(?P<other>[a-z0-9][a-z0-9\-]*)(?:\s+(?:config\s*map|configmap|cm|map|config|deployment|"
    r"deploy|statefulset|sts|daemonset|ds|workload|app|one|service|svc))?\s*\)",
    re.I,
)
_NAMED_KINDS = (
    ("Deployment", "apps/v1"),
    ("StatefulSet", "apps/v1"),
    ("DaemonSet", "apps/v1"),
    ("ConfigMap", "v1"),
)


def bracket_names_another(sent: str, ctx: Ctx, plan: PlanResult) -> PlanResult:
    """``plan``, or a question in its place when a bracket right after the name of an object
    it changes opens with the name of another object of the namespace (:data:`_APPOSED`) in
    ``sent``, the words as sent (readers before the plan drop such a bracket as a gloss)."""
    if not plan.operations or "(" not in sent:
        return plan
    planned = {op.target.name.lower() for op in plan.operations}
    for m in _APPOSED.finditer(sent):
        name, other = m.group("name").lower(), m.group("other").lower()
        if name == other or name not in planned or _BRACKET_KEEPS.search(m.group(0)):
            continue
        if any(ctx.get(kind, other, api) is not None for kind, api in _NAMED_KINDS):
            return plan.held_back(
                f"You said {name!r} and then {m.group(0)[len(m.group('name')) :].strip()!r}, "
                f"which names {other!r}, another object here, so I changed nothing. Which one "
                "did you mean? Say it once, by its name."
            )
    return plan


@lru_cache(maxsize=512)
def _kind_in_bracket(name: str, words: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w\-]){name}(?:'s)?\s*\(\s*(?:(?:the|a|its|it'?s)\s+)?(?:{words})\s*\)", re.I
    )


def _twin_said_bare(ctx: Ctx, plan: PlanResult) -> None:
    """Ask when a workload the plan changes is said once with its kind and once more bare, and
    another workload kind holds the same name ("restart the cache StatefulSet and the cache":
    the second may be the Deployment cache, round 39, sh45, attack45)."""
    planned = {(op.target.kind, op.target.name) for op in plan.operations}
    for kind, name in sorted(planned):
        if kind not in _WORKLOAD_KIND_WORDS:
            continue
        twins = [
            other
            for other in _WORKLOAD_KIND_WORDS
            if other != kind
            and (other, name) not in planned
            and ctx.get(other, name, "apps/v1") is not None
        ]
        if not twins:
            continue
        said = re.escape(name)
        kinded = rx(
            "|".join(_beside(said, words).pattern for words in _WORKLOAD_KIND_WORDS.values()),
            re.I,
        )
        # (Only the bare name listed right after: "the cache proxy (the cache deployment, not
        # the redis)" names one, by its words.)
        listed = rx(
            rf"(?:{kinded.pattern})\s*(?:,\s*|\s+)(?:and|&|plus)\s+(?:the\s+)?{said}\s*[.!?]*$",
            re.I,
        )
        if listed.search(ctx.raw.strip()):
            raise Clarify(
                f"You named {kind.lower()}/{name} and then {name!r} alone, and a {twins[0]} is "
                f"called {name} too: which one did you mean by the second? Name it by its kind "
                f"(e.g. '{twins[0].lower()}/{name}')."
            )


@lru_cache(maxsize=512)
def _beside(name: str, words: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w\-])(?:(?:{words})(?:/|\s+)(?:the\s+)?{name}|{name}(?:'s)?\s+(?:{words}))"
        r"(?![\w\-])",
        re.I,
    )


def _kind_beside(text: str, name: str, words: str) -> bool:
    return _beside(name, words).search(text) is not None


def _known_here(ctx: Ctx, word: str) -> bool:
    """Whether ``word`` names an object of the namespace, or a workload by what it runs."""
    for kind in ("Deployment", "StatefulSet", "DaemonSet"):
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace):
            name = str(obj["metadata"]["name"]).lower()
            runs = {w.lower() for w in what_runs(obj)}
            if word in {name, f"{name}s", name.rstrip("s")} or word in runs:
                return True
            if word in {p for p in _PARTS.split(name) if len(p) > 2}:
                return True
    if not _OBJECT_NAME.fullmatch(word):
        return word in _ROLE_WORDS  # ("net_raw" is no object's name)
    for api, kind in (
        ("v1", "Service"),
        ("v1", "ConfigMap"),
        ("policy/v1", "PodDisruptionBudget"),
        ("autoscaling/v2", "HorizontalPodAutoscaler"),
        ("batch/v1", "CronJob"),
    ):
        if ctx.get(kind, word, api) is not None:
            return True
    return word in _ROLE_WORDS


_PARTS = re.compile(r"[-_.]")
_OBJECT_NAME = re.compile(r"[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?")
# Words that say what a workload is, never a name ("the api", "the database", "the web app"):
# the target reader resolves them, or asks.
_ROLE_WORDS = frozenset(
    """api web frontend backend database db cache queue site app application service worker
    workers proxy sidecar gateway server storefront shop store""".split()
)


# A word that names a setting whose value is a number: a number said right after it (Compose's
# "cpus: 0.5", "heap 1.5", "mem_limit 512m") is that setting's, never an image tag.
_FIELD_BEFORE = re.compile(
    r"\b(?:cpus?|vcpus?|cores?|mem(?:ory)?|mem_limit|memswap_limit|mem_reservation|ram|heap|"
    r"xmx|xms|disk|storage|threads?|replicas?|instances?|pods?|dynos?|nodes?|workers?|"
    r"timeout|interval|ratio|factor|weight|percent|gb|mb|gib|mib|shm_size|ulimits?|"
    r"restart|restart_policy|scale)\b[\s\"':=]*$",
    re.I,
)
_VERSION_LIKE = re.compile(r"\d")


def _image_said_as_something_else(ctx: Ctx, plan: PlanResult) -> None:
    """An image set from words that say another thing: a tag said right after a setting's name
    ("cpus: 0.5 on payments", "payments heap 1.5"), or a repository other than the one the
    container runs, with a tag that is no version ("heroku pg:upgrade" is a command, not the
    image of postgres). Asked, never deployed: a wrong image is a broken rollout."""
    said = ctx.raw
    for op in plan.operations:
        if not isinstance(op, SetImageOp):
            continue
        repository, _, tag = op.image.rpartition(":")
        if not repository or "/" in tag:
            continue
        for m in rx(rf"(?<![\w.\-]){re.escape(tag)}(?![\w.\-])").finditer(said):
            before = said[: m.start()]
            if before.endswith(":") and rx(r"[\w.\-/]$").search(before[:-1]):
                continue  # "payments:0.5": the tag of a reference said whole
            field = _FIELD_BEFORE.search(before)
            word = rx(r"[\s\"':=]+$").sub("", field.group(0)) if field else ""
            if field and word.lower() not in {op.target.name.lower(), op.container.lower()}:
                if ctx.workloads(word):
                    continue  # "ship worker 1.6.0": the workload's own name
                raise Clarify(
                    f"I read {tag!r} after {word!r}: "
                    f"that is a value of that setting, not a version of {op.target.describe()}. "
                    "Say the change with its field (e.g. 'cpu limit 500m on payments'), or "
                    f"the image to deploy (e.g. 'update {op.target.name} to {tag}')."
                )
        current = _current_image(ctx, op)
        if (
            current
            and current.rpartition(":")[0] != repository
            and "/" not in repository
            and not _VERSION_LIKE.search(tag)
        ):
            raise Clarify(
                f"I read {op.image!r} as the image of container {op.container!r} of "
                f"{op.target.describe()}, which runs {current!r}: another repository, with a "
                "tag that is no version. Is that an image to deploy? Say it whole with its "
                "registry (e.g. 'set image to docker.io/library/nginx:1.27'), or say the change "
                "in other words."
            )


def _product(image: str) -> str:
    """The product an image reference names: its repository's last part, without registry,
    owner, tag or digest ("ghcr.io/acme/frontend:2.1.0" -> "frontend")."""
    return image.split("@", 1)[0].rsplit("/", 1)[-1].split(":", 1)[0].lower()


def _fits(product: str, container: str, current: str) -> bool:
    """Whether an image of ``product`` may be what ``container`` (running ``current``) runs:
    the same product, or one that contains it or its container's name ("frontend-next",
    "my-api-debug", "envoy-distroless")."""
    names = {name for name in (_product(current), container.lower()) if name}
    return not names or any(name in product or product in name for name in names)


@lru_cache(maxsize=64)
def _container_said(container: str) -> re.Pattern[str]:
    """The words that name ``container`` as a container: "the envoy image", "the web
    container", "container web", "image of envoy" (compiled once per name)."""
    name = re.escape(container)
    return rx(
        rf"(?<![\w\-./:]){name}(?:'s)?\s+(?:image|container|sidecar)\b|"
        rf"\bcontainers?\s+{name}(?![\w\-])|\bimage\s+of\s+(?:the\s+)?{name}(?![\w\-])",
        re.I,
    )


def _image_of_another_product(ctx: Ctx, plan: PlanResult) -> None:
    """An image whose product the container the words named does not run ("set the envoy image
    in orders to nginx:1.27", "set the web image in frontend to envoyproxy/envoy:v1.31.0",
    "set image of container web in frontend to redis:7.2"): another program in the container
    said is most often the image of another container or a slip of the name. Asked, never
    deployed. A swap said of the workload alone ("switch worker to busybox:1.36") is as said;
    the same product from another registry or owner is :mod:`.tags`' and the registry
    policy's."""
    for op in plan.operations:
        if not isinstance(op, SetImageOp) or not _container_said(op.container).search(ctx.raw):
            continue
        current = _current_image(ctx, op)
        product = _product(op.image)
        if not current or not product or _fits(product, op.container, current):
            continue
        raise Clarify(
            f"I read {op.image!r} for container {op.container!r} of {op.target.describe()}, "
            f"which runs {current!r}: {product!r} is another program than "
            f"{_product(current)!r}. Which container should run it? Say the workload and the "
            "container it is for, or the image of this one (e.g. "
            f"'update {op.target.name} to version <tag>')."
        )


# Round 19 (attack): a size said as a bare fragment beside a scale, with no verb and no field
# ("scale worker to 3, 4 cores each", "worker to 3 — 8 GB apiece", "scale worker to 3 (2 vcpu
# per pod)"): the size of each pod, or of the nodes they land on? The fragment is a clause of
# nothing but the quantity (and "each", "per pod"), between punctuation.
_SIZE_FRAGMENT = re.compile(
    r"(?:[,;(\[\u2014\u2013]|\s-{1,2}\s)\s*(?:each\s+(?:with\s+|at\s+|of\s+)?|"
    r"with\s+(?=[\d.]+\s*\S+\s+(?:each|apiece|per\b)))?(?:\d+(?:\.\d+)?|one|two|four|eight)"
    r"\s*(?:full\s+)?(?:cores?|v?cpus?|millicores?|m\b|gi?b?\b|mi?b?\b|gigs?|megs?|"
    r"gigabytes?|megabytes?)(?:\s+(?:of\s+)?(?:ram|memory|mem|cpu))?\s*(?:each|apiece|"
    r"per\s+(?:pod|replica|instance|copy|worker|container))?\s*(?:[,;)\].]|$)",
    re.I,
)


def _resources_patch(op: PatchOp) -> bool:
    """Whether ``op`` sets a container's requests or limits."""
    return '"resources"' in json.dumps(op.patch)


def _size_fragment_beside_scale(ctx: Ctx, plan: PlanResult) -> None:
    """A scale and a new size of the same workload's pods, the size said only as a fragment
    after the scale (see _SIZE_FRAGMENT): asked, never a second change nobody ordered. Said
    as its own order ("… and give each 4 cores", "… and set its cpu request to 4") it is
    planned."""
    scaled = {op.target for op in plan.operations if isinstance(op, ScaleOp)}
    resized = [
        op
        for op in plan.operations
        if isinstance(op, PatchOp) and op.target in scaled and _resources_patch(op)
    ]
    if resized and (m := _SIZE_FRAGMENT.search(ctx.raw)):
        said = m.group(0).strip(" ,;()[]-\u2014\u2013.")
        raise Clarify(
            f"I read a scale of {resized[0].target.describe()}, and {said!r} beside it with no "
            "verb: the size of each pod, or of the nodes they run on? Say the scale alone, or "
            f"the size as its own change (e.g. 'set the cpu request of {resized[0].target.name} "
            "to 4')."
        )


# Memory said by its name ("mem_limit: 512m", "ram 512m"), or swap, which Kubernetes has not.
_MEMORY_WORD = re.compile(r"\b(?:mem\w*|memory|ram)\b[\s\"':=]*$", re.I)
_SWAP = re.compile(r"\b(?:memswap\w*|swap\w*)\b", re.I)


def _quantity_of_another_resource(ctx: Ctx, plan: PlanResult) -> None:
    """A cpu quantity said as memory's ("mem_limit: 512m" is Docker's 512 MB; in Kubernetes
    512m of memory is half a byte, and as cpu it is half a core), or a limit said for swap
    ("memswap_limit: 1g"), which Kubernetes has no setting for: asked, never planned."""
    said = ctx.raw
    patches = [op for op in plan.operations if isinstance(op, PatchOp)]
    if not patches:
        return
    resources = any('"resources"' in json.dumps(op.patch) for op in patches)
    if resources and (swap := _SWAP.search(said)):
        raise Clarify(
            f"I read {swap.group(0)!r}: Kubernetes has no swap limit (a container's memory "
            "limit is its memory, swap aside). Say the memory request or limit to set, e.g. "
            "'memory limit 1Gi on payments'."
        )
    for op in patches:
        for cpu in rx(r'"cpu":\s*"([^"]+)"').findall(json.dumps(op.patch)):
            for m in rx(rf"(?<![\w.]){re.escape(cpu)}(?![\w.])", re.I).finditer(said):
                if _MEMORY_WORD.search(said[: m.start()]):
                    raise Clarify(
                        f"I read {cpu!r} after a word for memory, but as a Kubernetes quantity "
                        f"it is cpu ({cpu} of a core), and as memory a fraction of a byte. Say "
                        "memory with its unit (e.g. 512Mi), or the cpu as cpu."
                    )


# Compose's and Docker's restart policy ("restart: always", "restart_policy: on-failure").
_RESTART_POLICY = re.compile(
    r"\brestart(?:_?policy|\s+policy)?\s*[:=]?\s*[\"']?"
    r"(?:always|unless-stopped|on-failure|never|no)\b[\"']?(?!\s+(?:later|now|before|after))",
    re.I,
)


def _restart_policy_said(ctx: Ctx, plan: PlanResult) -> None:
    """ "restart: always on worker" names a restart policy, not a restart: a Deployment's pods
    always restart (Kubernetes keeps them running); restarting them now is not what it says."""
    restarts = [op for op in plan.operations if isinstance(op, RolloutRestartOp)]
    if restarts and (said := _RESTART_POLICY.search(ctx.raw)):
        raise Clarify(
            f"I read {said.group(0)!r} as a restart policy (Docker Compose's), not a restart: "
            "a Deployment's containers are always restarted when they exit. To restart the pods "
            f"now, say 'restart {restarts[0].target.name}'."
        )


# A verb that deletes, and the words a clause that only continues a list of what goes may hold.
_LIST_WORDS = re.compile(
    r"\b(?:and|or|the|too|also|as\s+well|plus|both|its|their|all|of|with|stack|deployments?|"
    r"statefulsets?|daemonsets?|services?|svc|configmaps?|cm|pdbs?|hpas?|deploy|sts)\b|[/&+]",
    re.I,
)


def _deleted_beside_the_order(ctx: Ctx, plan: PlanResult) -> None:
    """A workload deleted whose name is said only in a clause that does not delete — a reason,
    a description, a team ("delete worker, which writes to postgres", "delete checkout, it was
    merged into payments", "…; approved by the frontend team") — while the order names another
    one itself is asked about: a delete takes what its own clause names (or a list continuing
    it: "delete worker, and payments too"). An order that names none ("nobody calls worker
    anymore, so delete it") is left to the rules that read its pronoun."""
    said = ctx.raw
    clauses = [said[a:b] for a, b in statements.spans(said)]
    deleted = [
        op
        for op in plan.operations
        if isinstance(op, DeleteOp) and op.target.kind in WORKLOAD_KINDS
    ]

    def name(op: DeleteOp) -> re.Pattern[str]:
        return rx(rf"(?<![\w\-]){re.escape(op.target.name)}(?![\w\-])", re.I)

    def ordered(op: DeleteOp) -> bool:
        for clause in clauses:
            if not name(op).search(clause):
                continue
            if veto.DELETES.search(clause):
                return True
            if not rx(r"[\W_]+").sub("", _LIST_WORDS.sub(" ", name(op).sub(" ", clause))):
                return True
        return False

    own = [op for op in deleted if ordered(op)]
    if not own:
        return
    for op in deleted:
        if op in own or not (naming := [c for c in clauses if name(op).search(c)]):
            continue
        raise Clarify(
            f"I read {op.target.name!r} only in {naming[0].strip()!r}, not in what you ask to "
            f"delete, but the plan would {op.summary()}. Name each workload to delete in the "
            "order itself, e.g. 'delete checkout and payments'."
        )


# "frontend's crashed pod: delete it", "my-api's limit is 1Gi; halve it": "it" is that part.
_OWNED_PART = re.compile(
    r"(?<![\w\-])(?P<name>[a-z0-9][\w\-]*)(?:'s|\u2019s|s')\s+(?P<part>(?!(?:deployment|statefulset|"
    r"daemonset|replicas?|replica\s+count|pods?\s+count|instances?|app|service)\b)"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s*(?:[:;,.]|\s(?:is|are|was|were|has|hit|at)\b)",
    re.I,
)
_PRONOUN = re.compile(r"\b(?:it|them|that|this)\b", re.I)
_STATE_WORD = re.compile(
    r"[a-z]+ed|eol|dead|gone|done|obsolete|unused|deprecated|idle|down|broken|legacy|old|"
    r"over|useless|redundant|sunset|not\s+\w+|no\s+longer\s+\w+",
    re.I,
)
_SCALE_WORDS = re.compile(r"\b(?:scale|scaled|replicas?|pods?|instances?|copies)\b", re.I)


def _pronoun_for_a_part(ctx: Ctx, plan: PlanResult) -> None:
    """A scale or delete of a workload said only as the owner of a part ("frontend's crashed
    pod: delete it", "frontend's error rate is 10%; get it to zero") where the order says "it":
    "it" is the part, not the workload. Asked, never deleted or scaled."""
    said = ctx.raw
    for op in plan.operations:
        if not isinstance(op, (DeleteOp, ScaleOp)) or op.target.kind not in WORKLOAD_KINDS:
            continue
        for m in _OWNED_PART.finditer(said):
            if m.group("name").lower() != op.target.name.lower() or _STATE_WORD.fullmatch(
                m.group("part")
            ):
                continue  # "frontend's retired: get rid of it": "'s" is "is"
            after = said[m.end() :]
            alone = rx(rf"(?<![\w\-']){re.escape(op.target.name)}(?![\w\-']|'s)", re.I)
            said_scale = isinstance(op, ScaleOp) and _SCALE_WORDS.search(after)
            if (
                _PRONOUN.search(after)
                and not said_scale
                and not alone.search(said[: m.start()] + " " + after)
            ):
                raise Clarify(
                    f"I read 'it' after {m.group(0).strip(' :;,.')!r}: is it the {m.group('part')} "
                    f"or {op.target.describe()} itself? The plan would {op.summary()}. Say the "
                    "change to the workload by its name, or the part's own change."
                )


def _current_image(ctx: Ctx, op: SetImageOp) -> str:
    """The image the container runs now ('' when it is not found)."""
    obj = ctx.cluster.get(op.target)
    spec = ((obj or {}).get("spec") or {}).get("template", {}).get("spec") or {}
    for container in [*(spec.get("containers") or []), *(spec.get("initContainers") or [])]:
        if container.get("name") == op.container:
            return str(container.get("image") or "")
    return ""


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
    (as its percentage), never dropped for another value. A fraction said in a fact ("one
    zone outage ate a third of its budget") is the request's reason, not its value."""
    if not (m := _FRACTION.search(statements.facts_blanked(ctx.text))):
        return
    nth = {"third": 3, "fifth": 5}.get(m.group(1))
    if any(getattr(o, "replicas", None) == nth for o in plan.operations) and rx(
        rf"\b{NTH_VERBS}\s+{m.group(1)}\b(?!\s+of\b)"
    ).search(ctx.text):
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


# Round 17 (a18): a replica count no one runs: a number as big as a port ("scale orders to
# 9901"), or a port a web or data service is known by ("scale payments to 443").
_COUNT_CEILING = 1000
# The count said as one: a number (in digits or words) right before its noun.
_COUNT_WORD = re.compile(
    r"(?:\d|\b(?:hundred|thousand))\s*(?:replicas?|pods?|instances?|copies)\b", re.I
)
_KNOWN_PORTS = frozenset(
    {80, 443, 3000, 3306, 5000, 5432, 6379, 8000, 8080, 8081, 8443, 8888, 9000, 9090, 9200, 9443}
)


def _ports(ctx: Ctx, op: ScaleOp) -> set[int]:
    """The ports the scaled workload serves: its containers' and those of the Services that
    select its pods."""
    live = ctx.cluster.get(op.target) or {}
    spec = (((live.get("spec") or {}).get("template") or {}).get("spec")) or {}
    ports = {
        p.get("containerPort")
        for c in [*(spec.get("containers") or []), *(spec.get("initContainers") or [])]
        for p in c.get("ports") or []
    }
    labels = pod_labels(live) if live else {}
    for svc in ctx.cluster.list_objects("v1", "Service", ctx.namespace):
        select = (svc.get("spec") or {}).get("selector") or {}
        if select and labels and all(labels.get(k) == v for k, v in select.items()):
            ports |= {p.get("port") for p in (svc.get("spec") or {}).get("ports") or []}
            ports |= {p.get("targetPort") for p in (svc.get("spec") or {}).get("ports") or []}
    return {p for p in ports if isinstance(p, int) and not isinstance(p, bool)}


def _count_a_port(ctx: Ctx, plan: PlanResult) -> None:
    """Ask when a replica count planned is a port (one the workload or its Service serves, or
    a well-known one) or beyond any sane count (``_COUNT_CEILING``): a port or an id read as a
    count, never thousands of pods."""
    for op in plan.operations:
        if not isinstance(op, ScaleOp):
            continue
        n = op.replicas
        port = n >= 10 and (n in _KNOWN_PORTS or n in _ports(ctx, op))
        # ("scale my-api to 1000 replicas": a count said as one is the count asked for.)
        huge = n >= _COUNT_CEILING and not _COUNT_WORD.search(ctx.raw)
        if port or huge:
            why = "a port number" if port else "far more replicas than any workload runs"
            raise Clarify(
                f"{n} replicas of {op.target.kind.lower()}/{op.target.name} looks like {why}, "
                "not a count of pods. How many replicas exactly?"
            )


# "my-api retry count to 5", "worker thread count = 8": a count of something the workload has,
# said by the noun before "count" and set to a number — no replica count. The nouns that do
# count pods, and the words that only qualify the count ("the new count", "its total count").
_NOUN_COUNT = re.compile(
    r"\b([a-z][\w-]*)\s+(?:count|number|total)\s*(?:(?:from\s+\S+\s+)?(?:to|=|:|at|of|->|\u2192)\s*)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b)",
    re.I,
)
_POD_COUNTS = frozenset(
    """pod pods replica replicas instance instances copy copies the its their a new total
    current desired overall target wanted final live running same""".split()
)


def _count_of_something_else(ctx: Ctx, plan: PlanResult) -> None:
    """Ask when a scale is planned from words that count something else the workload has ("my-api
    retry count to 5"): the noun before "count" is neither a pod word, the workload's name nor a
    container it runs."""
    for op in plan.operations:
        if not isinstance(op, ScaleOp):
            continue
        live = ctx.cluster.get(op.target) or {}
        own = {op.target.name, *op.target.name.split("-")}
        own |= {str(c.get("name")) for c in containers(live)}
        for m in _NOUN_COUNT.finditer(ctx.raw):
            noun = m.group(1).lower()
            if noun not in _POD_COUNTS and noun not in own:
                raise Clarify(
                    f"I read {m.group(0)!r} as {op.target.name}'s {noun} count, not its pods. "
                    f"Should {op.target.kind.lower()}/{op.target.name} run {op.replicas} "
                    "replicas, or is that a setting of it (an env var or a ConfigMap key)?"
                )


@lru_cache(maxsize=512)
def _one_of(name: str) -> re.Pattern[str]:
    """The words that name one of workload ``name`` ("a worker", "one payments")."""
    return rx(rf"\b(?:a|an|one|another|single)\s+{re.escape(name)}\b", re.I)


def _one_of_it_deleted(ctx: Ctx, plan: PlanResult) -> None:
    """Ask when a workload is deleted from words that name one of it ("remove a worker", "kill
    one payments"): one pod or replica may be meant, never the whole Deployment."""
    for op in plan.operations:
        if not isinstance(op, DeleteOp) or op.target.kind not in WORKLOAD_KINDS:
            continue
        if m := _one_of(op.target.name).search(ctx.raw):
            raise Clarify(
                f"I read {m.group(0)!r}: one of {op.target.name}'s pods, or the whole "
                f"{op.target.kind.lower()}/{op.target.name}? Say 'scale {op.target.name} down by "
                f"one' or 'delete the {op.target.name} {op.target.kind.lower()}'."
            )


# "docker pull ghcr.io/acme/payments:3.1.0": a pull fetches an image and deploys nothing.
_PULL = re.compile(
    r"\b(?:docker|podman|nerdctl|crictl|ctr(?:\s+images?)?|crane|skopeo)\s+(?:image\s+)?pull\b|"
    r"^[\W_]*pull\s+(?:the\s+)?(?:image\s+)?[\w.\-]+(?:/[\w.\-]+)+:[\w.\-]+\s*$",
    re.I,
)


def _pulled_not_deployed(ctx: Ctx, plan: PlanResult) -> None:
    """Ask when an image change is planned from a pull, which rolls nothing out."""
    if any(isinstance(op, SetImageOp) for op in plan.operations) and (m := _PULL.search(ctx.raw)):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: pulling an image fetches it and rolls nothing out. "
            "Should a workload run it? Say e.g. 'update payments to 3.1.0'."
        )


# "restart payments. actually, scale worker to 3 instead", "scale frontend to 4 — scratch that,
# restart it": a later order said to replace an earlier one.
_CORRECTION = re.compile(
    r"\bactually\b[^.;!?\n]*\binstead\b|\bscratch\s+that\b|\bon\s+second\s+thoughts?\b|"
    r"\bforget\s+(?:that|the\s+(?:first|last|above))\b|\bcorrection\s*:",
    re.I,
)


def _corrected(ctx: Ctx, plan: PlanResult) -> None:
    """Ask when two or more changes are planned from words where a later order replaces an
    earlier one: which one stands is not for the planner to pick."""
    if len(plan.operations) > 1 and (m := _CORRECTION.search(ctx.raw)):
        raise Clarify(
            f"I read {m.group(0)!r}: a later change said to replace an earlier one, but I "
            f"planned {len(plan.operations)} changes. Say only the change to make."
        )


# A token that is an image reference or a path ("envoyproxy/envoy:v1.31.0"): the words of
# the image, never a container said.
_REFERENCE = re.compile(r"\S*[/:@]\S*")


@lru_cache(maxsize=512)
def _image_of(container: str) -> re.Pattern[str]:
    """The words that name ``container`` as the one whose image changes: "the app image",
    "image of app", "container app" (never "the app container is out of scope")."""
    c = re.escape(container)
    return rx(
        rf"(?<![\w-]){c}(?:'s)?\s+image\b|\bimage\s+of\s+(?:the\s+)?(?:container\s+)?{c}(?![\w-])|"
        rf"\bcontainer\s+{c}(?![\w-])",
        re.I,
    )


def _other_container_said(ctx: Ctx, plan: PlanResult) -> None:
    """Ask when an image change is planned for one container while the words name only another
    of the workload's containers as the one whose image changes ("set the app image in orders to
    envoyproxy/envoy:…" planned for envoy): the image was fitted to a container no one said."""
    words = _REFERENCE.sub(" ", ctx.raw)
    for op in plan.operations:
        if not isinstance(op, SetImageOp):
            continue
        names = {str(c.get("name")) for c in containers(ctx.cluster.get(op.target) or {})}
        said = {c for c in names if _image_of(c).search(words)}
        if said and op.container not in said:
            # "update the envoy of orders to v1.31.0, the container app stays like that": a
            # container named in a clause that keeps it is not the one said to change.
            from dotop_nb.planner.offline import workloads  # noqa: PLC0415 - import cycle

            # (Lower-cased as the keep's words are read: "App image stays 1.0.0", round 34.)
            kept = workloads.kept_words(words.lower(), sorted(names), op.target.name)
            said = {c for c in said if not rx(rf"\b{re.escape(c)}\b").search(kept)}
        if said and op.container not in said:
            raise Clarify(
                f"You named container {sorted(said)[0]!r} of {op.target.kind.lower()}/"
                f"{op.target.name}, but the image fits container {op.container!r}. Which "
                f"container should run {op.image}?"
            )


def _amount(quantity: str, resource: str) -> float | None:
    m = rx(r"(\d+(?:\.\d+)?)(m|k|M|G|T|Ki|Mi|Gi|Ti)?").fullmatch(quantity.strip())
    if not m:
        return None
    unit = m.group(2) or ""
    if resource == "cpu" and unit not in ("", "m"):
        return None
    return float(m.group(1)) * QUANTITY_SUFFIXES[unit]


# A field of the object said as its own ("the worker HPA's max", "worker's hpa max", "the
# max of the payments pdb"): setting a field presupposes the object, whatever the verb — unless
# a verb of creation governs it ("set up the worker HPA with max 20", "give worker an hpa").
_FIELD = (
    r"max(?:imum)?|min(?:imum)?|ceiling|floor|cap|target|threshold|limit|range|bounds?|"
    r"(?:max|min)\s?replicas|min\s?available|max\s?unavailable|interval|schedule|ttl|"
    r"settings?|config|utili[sz]ation|selector"
)
_OWNER = r"(?:\bthe\s+|\bits\s+|\btheir\s+|\b[\w-]+'s\s+)(?:[\w-]+\s+){0,2}?"


# A definite reference to an object of the kind: "the HPA on worker", "its PDB", "worker's
# network policy", "the ServiceMonitor of payments", "that autoscaler".
# ("the default HPA", "the standard ServiceMonitor": a kind of object, no object that is there.)
_DEFINITE = (
    r"(?:\bthe|\bits|\btheir|\bthis|\bthat|\b[\w-]+'s)\s+"
    r"(?!(?:[\w-]+\s+)?(?:default|standard|usual|recommended|regular|normal|baseline|common|"
    r"same|right|proper|typical|new)\b)(?:[\w-]+\s+){0,2}?"
)


def _presupposed(text: str, kind: str) -> bool:
    """Whether ``text`` speaks of an existing ``kind``: a field of it (see :data:`_FIELD`), or
    the object itself said definitely ("the HPA on worker keeps flapping, set its min to 2",
    "its PDB", "worker's network policy") — words that presuppose it is there. Unless a verb
    or an article of creation makes it ("add an HPA to worker; the hpa's max 10"): then the
    definite words refer to the new one."""
    words = _KIND_WORDS[kind]
    said = rx(
        rf"{_OWNER}(?:{words})(?:'s\b|\s+(?:{_FIELD})\b)|"
        # Round 30 (gap33a): a field given its value before the object ("set maxReplicas 15 on
        # the frontend hpa"), and an object said to be there ("the existing HPA of frontend").
        rf"\b(?:{_FIELD})(?:\s*[:=]?\s*\d+%?)?\s+(?:of|on|for|in)\s+{_OWNER}(?:{words})\b|"
        rf"\b(?:existing|current|present)\s+(?:[\w-]+\s+){{0,2}}?(?:{words})\b|"
        # Round 40 (gap43a): the object said as one workload's, then a field of it set ("the
        # HPA of frontend set max to 20", "hpa/frontend max 20", "its autoscaler: floor 3").
        # (said first, as the topic: "configure the HPA for worker with min 1 max 4" and "we
        # need the pdb for frontend: …" ask for one, read by the rules above)
        rf"(?:(?:^|[.;!?]\s)\W*(?:(?:set|change|raise|lower|bump|update|edit|adjust|tweak|"
        r"increase|decrease|on|in|at)\s+)?"
        rf"{_DEFINITE}(?:{words})\s+(?:of|on|for)\s|\b(?:{words})/[\w-]|"
        rf"\bits\s+(?:{words})\b)[^.;!?]*?\b(?:{_FIELD})\b|"
        # Round 43 (blind46): the object said definitely as a heading, a field of it set after
        # the colon ("the my-api autoscaler: set min to 3", "worker's hpa - max 8").
        # (Said with no article, "checkout HPA: minimum 2, maximum 6", it is the one asked for:
        # three writers, blind2, blind7, blind40.)
        # (A possessive, "checkout's autoscaler: min 2 max 6", asks for one: round 21.)
        rf"(?:^|[.;!?]\s)\W*(?=the\s|this\s|that\s){_DEFINITE}(?:{words})"
        rf"(?:\s*:|\s[-\u2013\u2014]|\s*(?:->|=>|\u2192)|(?<=\]))\s*"
        rf"(?:(?:please\s+)?(?:set|change|raise|lower|bump|make|put|update|edit|adjust)\s+)?"
        rf"(?:the\s+|its\s+)?(?:{_FIELD})\b"
    ).search(text) or any(
        # Said as how it is ("the HPA on worker keeps flapping", "its PDB is too strict"): a
        # fact about it. "the HPA for worker: 2 to 10", "the pdb for frontend should keep one
        # up" say what the one made should be.
        rx(rf"{_DEFINITE}(?:{words})\b").search(text[a:b]) and statements.fact(text[a:b])
        for a, b in statements.spans(text)
    )
    created = rx(
        rf"\b(?:set\s+up|setup|add|adding|create|creating|give|put|attach|install|introduce|"
        rf"new|an?)\s+(?:[\w'-]+\s+){{0,3}}?(?:{words})\b|"
        # "autoscale worker 2-20, the hpa's target 70%": the request makes the object it names.
        r"\bautoscale\s+(?!it\b|them\b)[\w-]+\b|"
        # "the frontend ServiceMonitor I thought we had, we don't, so create one".
        # ("make it maxUnavailable 1" edits: only "make one" makes.)
        r"\b(?:(?:set\s+up|setup|add|create|install|put\s+in)\s+(?:a\s+new\s+)?(?:one|it)|"
        r"make\s+(?:a\s+new\s+)?one)\b"
    ).search(text)
    return bool(said) and not created


def _edits(text: str) -> bool:
    """Whether ``text`` says a word that edits (:data:`_EDIT`) outside what it says must not
    change. Round 30 (o33): "add a pdb to payments, orders must not change" edits nothing — the
    verb is the negation's ("instead of whatever it is now" still edits)."""
    found = [m.group(0) for m in rx(rf"\b(?:{_EDIT})\b").finditer(text)]
    if not found:
        return False
    negated = " ".join(
        p.said
        for p in constraints.extract(text)[1]
        if rx(r"\bnot\b|n't\b|\bnever\b").search(p.said)
    )
    # (Each said once more than in the negations edits: "change the payments pdb …, orders
    # must not change" still edits.)
    return any(
        found.count(w) > len(rx(rf"\b{re.escape(w)}\b").findall(negated)) for w in set(found)
    )


def _edits_something_missing(ctx: Ctx, plan: PlanResult) -> None:
    text = ctx.text.replace("\u2019", "'")
    edit: bool | None = None
    everything = ctx.said_all().lower().replace("\u2019", "'")
    for op in plan.operations:
        if not isinstance(op, ApplyOp) or op.target.kind not in _KIND_WORDS:
            continue
        if not rx(rf"\b(?:{_KIND_WORDS[op.target.kind]})\b").search(everything):
            continue
        if edit is None:
            edit = _edits(text)
        # (All that was said: "the pdb on payments is too strict: …" presupposes it in a fact.)
        if not edit and not _presupposed(everything, op.target.kind):
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
