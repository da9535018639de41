"""Deleting a workload and what belongs to it — listed for review, never guessed.

What belongs to a workload: Services that select only its pods, autoscalers / PDBs / monitors /
NetworkPolicies that point at it, and ConfigMaps and Secrets its pods reference that carry its
``app`` label and that no other workload uses. ReplicaSets and pods follow by owner references
(foreground propagation). PersistentVolumeClaims (data) are only listed, never deleted, unless the
intent asks for the data too.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from dotop_nb.models import WORKLOAD_KINDS, DeleteOp, Operation, Target
from dotop_nb.planner.offline import (
    asides,
    config,
    guard,
    kindwords,
    parts,
    statements,
    understand,
)
from dotop_nb.planner.offline.config import REMOVE_VERBS, SETTING_NOUN
from dotop_nb.planner.offline.context import (
    Clarify,
    Ctx,
    containers,
    kinds_said,
    pod_labels,
    selector,
    what_runs,
)
from dotop_nb.planner.offline.deletions import KEPT_FOR, KINDS
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import COUNT_WORDS
from dotop_nb.planner.offline.timewords import TICKET
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
_ALL = re.compile(r"\b(everything|all)\b")


def _references(obj: Json) -> set[tuple[str, str]]:
    """(kind, name) of ConfigMaps and Secrets the pod template uses."""
    spec = ((obj.get("spec") or {}).get("template") or {}).get("spec") or {}
    refs: set[tuple[str, str]] = set()
    for container in [*(spec.get("containers") or []), *(spec.get("initContainers") or [])]:
        for source in container.get("envFrom") or []:
            if "configMapRef" in source:
                refs.add(("ConfigMap", source["configMapRef"].get("name", "")))
            if "secretRef" in source:
                refs.add(("Secret", source["secretRef"].get("name", "")))
        for env in container.get("env") or []:
            value_from = env.get("valueFrom") or {}
            if "configMapKeyRef" in value_from:
                refs.add(("ConfigMap", value_from["configMapKeyRef"].get("name", "")))
            if "secretKeyRef" in value_from:
                refs.add(("Secret", value_from["secretKeyRef"].get("name", "")))
    for volume in spec.get("volumes") or []:
        if "configMap" in volume:
            refs.add(("ConfigMap", volume["configMap"].get("name", "")))
        if "secret" in volume:
            refs.add(("Secret", volume["secret"].get("secretName", "")))
    return refs


def _users(ctx: Ctx, kind: str, name: str) -> list[Target]:
    """The workloads whose pods reference ConfigMap or Secret ``name``."""
    return [
        Target.of(obj)
        for workload in WORKLOAD_KINDS
        for obj in ctx.cluster.list_objects("apps/v1", workload, ctx.namespace)
        if (kind, name) in _references(obj)
    ]


def _matches(sel: dict[str, str], labels: dict[str, str]) -> bool:
    return bool(sel) and all(labels.get(k) == v for k, v in sel.items())


KIND_WORDS = re.compile(
    r"(?<![\w\-./])(?:(its|their|with)\s+(?:own\s+)?)?("
    + "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True))
    # A full stop after the kind ends the sentence ("… and its ConfigMap."): not a name.
    + r")s?(?![\w\-]|[./][\w\-])"
)
_INDEFINITE_KIND = re.compile(
    r"(?<![\w\-])(?:a|an|another|some)\s+(?:(?!(?:its|their|with|and|or)\b)[a-z][\w\-]*\s+){0,2}?"
    r"(?:" + "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True)) + r")s?(?![\w\-])"
)
# Words that ask for a workload's stack, whatever kind is named beside them.
_STACK = re.compile(r"\b(?:everything|all|whatever|belongs?|belonging|stack|along with)\b")
_WHOLE = re.compile(r"\b(?:everything|all|whatever|belongs?|belonging|stack)\b")
# Parts of a stack a delete cannot leave out, and workload parts that are not the workload.
_KEEP = re.compile(r"\b(keep|keeping|leave|leaving|preserve|retain|spare|but|except)\b")
_PARTS = re.compile(
    r"\b(pods?|replicas?|replicasets?|rs|instances?|containers?|revisions?|history)\b"
)
# Round 28 (a31rest): what an object points at, said as the thing to delete ("the backend of
# svc/payments", "the endpoints of the payments service", "the target of svc/my-api", "whatever
# the orders pdb covers"): a neighbour of the object named, never the object itself.
_POINTED_AT = re.compile(
    r"\b(?:the\s+)?(?:backends?|endpoints?|targets?|upstreams?)\s+(?:of|behind|"
    r"for|under|selected\s+by|covered\s+by)\s+(?:the\s+)?[\w./\-]+(?:\s+[\w\-]+)?|"
    r"\b(?:whatever|what|everything|anything|all\s+that|the\s+\w+\s+that)\s+(?:that\s+)?"
    r"(?:the\s+)?[\w./\-]+(?:\s+[\w\-]+)?\s+(?:covers|selects|matches|targets|guards|protects|"
    r"fronts|routes\s+to|points\s+(?:to|at)|sends\s+traffic\s+to)\b"
)


_WORKLOAD_WORDS = {
    "Deployment": r"deployments?|deploy",
    "StatefulSet": r"statefulsets?|sts",
    "DaemonSet": r"daemonsets?|ds",
}
_ALONE = re.compile(
    r"\b(?:deployment|statefulset|daemonset|workload)\s+(?:[a-z0-9][\w\-]*\s+)?(?:alone|only)\b|"
    r"\bonly\s+the\s+(?:deployment|statefulset|daemonset)\b"
)
# "but keep its configmap", "leave its service alone", "the service stays": kinds kept.
_KIND_ALTERNATIVES = "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True))
# "but keep its service and its configmap for now": every kind of the list is kept.
_KEEP_KIND = re.compile(
    r"\b(?:keep|keeping|leave|leaving|preserve|retain|spare|sparing|except|but not)\s+"
    rf"(?:its|their|the)\s+(?P<kind>{_KIND_ALTERNATIVES})s?\b"
    # "… keep its Service and payments-config": an object named by its own (hyphenated) name
    # may join the list; it must name an object here (checked by the delete).
    rf"(?P<more>(?:\s*(?:,|and)\s*(?:(?:its|their|the)\s+)?(?:(?:{_KIND_ALTERNATIVES})s?\b|"
    r"[a-z0-9]+(?:-[a-z0-9]+)+(?![\w\-])))*)"
    r"(?:\s+(?:alone|intact|in place|as is))?"
    # "… for the cutover", "… for the rollback window": why it is kept, not what.
    r"(?:\s+(?:for now|for the moment|for the time being|for later|for (?:the|a) new [a-z]+|"
    r"for (?:the|a|an|our) [a-z][\w\-]*(?:\s+(?:window|period|phase))?))?"
)
_NAMED_ITEM = re.compile(r"(?<![\w\-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w\-])")
_ONE_KIND = re.compile(rf"\b({_KIND_ALTERNATIVES})s?\b")


# "delete the my-api service but not the deployment": the workload itself kept beside a
# named kind of its stack.
_KEEP_WORKLOAD = re.compile(
    r"\b(?:but\s+not|but\s+keep|keep|keeping|leave|leaving|except)\s+(?:its|their|the)\s+"
    r"(?P<kind>deployment|statefulset|daemonset)\b(?:\s+(?:alone|intact|in place|as is|running))?"
)

_WORKLOAD_KIND = {
    "deployment": "Deployment",
    "statefulset": "StatefulSet",
    "daemonset": "DaemonSet",
}


def _kept(text: str) -> tuple[str, set[str], set[str]]:
    """The text without the parts it keeps, the kinds kept and the names kept beside them
    ("but keep its service and payments-config"); asks about any other 'keep'."""
    kept: set[str] = set()
    names: set[str] = set()
    if KIND_WORDS.search(_KEEP_WORKLOAD.sub(" ", text)):
        # Only beside a kind named to delete: the workload is then never part of what goes.
        kept.update(_WORKLOAD_KIND[w["kind"]] for w in _KEEP_WORKLOAD.finditer(text))
        text = _KEEP_WORKLOAD.sub(" ", text)

    def keep(m: re.Match[str]) -> str:
        kept.add(KINDS[m.group("kind")][1])
        more = m.group("more")
        kept.update(KINDS[k.group(1)][1] for k in _ONE_KIND.finditer(more))
        names.update(n.group(0) for n in _NAMED_ITEM.finditer(_ONE_KIND.sub(" ", more)))
        return " "

    rest = _KEEP_KIND.sub(keep, text)
    rest = rx(r"\s*,?\s*\bbut[\s.!]*$|\s*,?\s*\bbut\s+(?=,|$)").sub("", rest.strip())
    if m := _KEEP.search(rest):
        raise Clarify(
            f"I read {m.group(1)!r}: I delete either one named object or a workload with what "
            "belongs to it, leaving out only the kinds said to keep ('but keep its service'). "
            "Ask for each object to delete by its kind and name (e.g. 'delete deployment cart')."
        )
    return rest, kept, names


def _kept_names(ctx: Ctx, names: set[str]) -> set[str]:
    """The keys of the objects kept by name beside a kept kind; asks when a name is no object
    here (what was meant to stay cannot be checked against the plan)."""
    keys: set[str] = set()
    for name in sorted(names):
        found = {
            Target.of(obj).key
            for api_version, kind in {*KINDS.values(), ("v1", "Secret")}
            if (obj := ctx.get(kind, name, api_version)) is not None
        }
        found |= {t.key for t, _ in _named_workloads(ctx, name)}
        if not found:
            raise Clarify(
                f"You said to keep {name!r}, but I find no object of that name in "
                f"{ctx.namespace!r}. Name what stays by its kind and name."
            )
        keys |= found
    return keys


def _named_workloads(ctx: Ctx, name: str) -> list[tuple[Target, Json]]:
    """The workloads named exactly ``name``."""
    return [
        (Target.of(obj), obj)
        for kind in sorted(WORKLOAD_KINDS)
        if (obj := ctx.get(kind, name, "apps/v1")) is not None
    ]


# "… with its service and its secrets": an item of what goes, said as the workload's own.
_OWN_ITEM = re.compile(
    r"(?:\b(?:with|and|plus|&|incl\.?|including)|,)\s+(?:(?:along|together)\s+with\s+)?"
    r"(?:its|their)\s+(?:own\s+)?(?P<item>[a-z][\w\-]*)"
)
# Owned words whose objects are read elsewhere: the workload itself, its pods (asked), its
# data (the claims are kept and listed in the risks).
_READ_ELSEWHERE = re.compile(
    r"^(?:deployments?|deploy|statefulsets?|sts|daemonsets?|ds|workloads?|pods?|replicas?|"
    r"replicasets?|containers?|data|storage|volumes?|pvcs?|persistentvolumeclaims?|disks?|"
    r"stack|stuff|things|dependencies|dependents|parts)\b"
)


def _every_item_read(text: str) -> None:
    """Ask when an item of what goes is not a kind the delete reads ("with its secrets and its
    ingress"): with a list of kinds, only those are deleted, so an item left unread would be
    left in place silently."""
    for m in _OWN_ITEM.finditer(text):
        item = m.group("item")
        # A kind of one word or two ("config map") starts where the item does.
        if KIND_WORDS.match(text, m.start("item")) or _READ_ELSEWHERE.match(item):
            continue
        raise Clarify(
            f"I read {m.group(0).strip(' ,')!r} as part of what goes, but I do not know which "
            f"object {item!r} is (I delete a workload's Service, HPA, PDB, ScaledObject, "
            "ServiceMonitor, NetworkPolicy, and the ConfigMaps and Secrets only it reads). "
            "Name it by its kind and name, or leave it out."
        )


# A workload kind said in the plural, of a list: "the worker and postgres deployments".
_PLURAL_KIND = re.compile(r"\b(?:deployments|statefulsets|daemonsets|deploys)\b", re.I)


def _workload_kinds(text: str) -> set[str]:
    """The workload kinds ``text`` names: "the payments deployment", "deployment/orders" (the
    kind as kubectl writes it before the name), "… the postgres statefulset." (a full stop
    ends the sentence; a ticket prefix makes the request read as a sentence of its own)."""
    return {
        kind for kind, words in _WORKLOAD_WORDS.items() if _WORKLOAD_WORD_RES[kind].search(text)
    }


# A workload kind said as a word: not inside a name ("deploy-bot", "x.deployment.yaml"); a
# slash after it is kubectl's kind/name, a full stop or slash before nothing ends the word.
_WORKLOAD_WORD_RES = {
    kind: re.compile(rf"(?<![\w\-./])(?:{words})(?![\w\-]|\.[\w\-])")
    for kind, words in _WORKLOAD_WORDS.items()
}


# "delete payments-config but keep payments working": the reader said to go on working, which
# it cannot without what it reads — a contradiction, asked (blind5), never the reader kept.
_KEPT_WORKING = re.compile(
    r"\b(?:keep|keeps|keeping|stays?|remains?|leave)\b[^,;.!?]*\b(?:working|running|up|alive|"
    r"healthy|serving|functional|going|happy|online|available|reading)\b"
)


# Round 42 (attack49): the reader said to stay in so many words — "keep orders", "keep the
# orders deployment (as is)", "orders stays", "the rug orders (orders) Deployment must stay",
# "frontend and my-api stay" — closing its clause; never "keep orders in mind / posted / off",
# "orders will not stay" or "orders doesn't stay".
_STAY_VERB = (
    r"(?:stays?(?:\s+put)?|remains?|(?:must|should|will|can|is\s+to)\s+(?:stay|remain)|"
    r"is\s+kept)"
)
_KIND_WORD = r"(?:deployment|deploy|statefulset|sts|daemonset)"


def _acknowledged(name: str, said: str) -> bool:
    """Whether ``said`` keeps the workload ``name`` in so many words (see above)."""
    n = rf"(?:\({re.escape(name)}\)|(?<![\w\-]){re.escape(name)}(?![\w\-]))"
    item = r"(?:the\s+)?[\w\-]+(?:\s+\([\w\-]+\))?"
    return bool(
        rx(
            rf"\b(?:keep|leave|spare)\s+(?:the\s+)?(?:{_KIND_WORD}\s+)?(?:[\w\-']+\s+)?{n}"
            rf"(?:\s+{_KIND_WORD})?(?:\s+(?:alone|as\s+is|intact|in\s+place|untouched))?"
            rf"(?:\s*(?:,|\band\b)\s*{item})*\s*(?:[,.;!)]|$)|"
            rf"{n}(?:\s+{_KIND_WORD})?(?:\s*(?:,|\band\b)\s*{item}(?:\s+{_KIND_WORD})?)*\s+"
            rf"{_STAY_VERB}\b"
        ).search(said)
    )


# A restart of a reader asked beside the delete: its new pods cannot start (asked).
_RESTARTED = re.compile(r"\b(?:restart\w*|bounc\w*|roll(?:s|ed|ing)?\b|rollout|redeploy\w*)")


def _named_object(ctx: Ctx, word: str, kept: frozenset[str] = frozenset()) -> PlanResult:
    """Delete exactly the one object of the kind named ("the cart service"), or ask. ``kept``:
    the keys of the objects said to stay."""
    api_version, kind = KINDS[word]
    found: dict[str, Json] = {}
    names = [*ctx.candidates(), *("-".join(run) for run in ctx.runs() if len(run) > 1)]
    for name in names:
        if rx(r"[a-z0-9]([-a-z0-9.]*[a-z0-9])?").fullmatch(name):
            obj = ctx.get(kind, name, api_version)
            if obj is not None:
                found[Target.of(obj).key] = obj
    if not found and kind in ("HorizontalPodAutoscaler", "PodDisruptionBudget", "ScaledObject"):
        # "the HPA on my-api": the one that points at the named workload.
        for item in ctx.cluster.list_objects(api_version, kind, ctx.namespace):
            spec = item.get("spec") or {}
            ref = spec.get("scaleTargetRef") or {}
            sel = (spec.get("selector") or {}).get("matchLabels") or {}
            for target, obj in ctx.workloads():
                if ref.get("name") == target.name or _matches(sel, pod_labels(obj)):
                    found[Target.of(item).key] = item
    if len(found) != 1:
        what = "none" if not found else ", ".join(Target.of(o).describe() for o in found.values())
        raise Clarify(
            f"Delete which {kind}? I found {what} for "
            f"{', '.join(repr(n) for n in names) or 'no name'} in {ctx.namespace!r}. Name it "
            f"exactly, e.g. 'delete {kind.lower()} <name>'."
        )
    (obj,) = found.values()
    target = Target.of(obj)
    users = _users(ctx, kind, target.name) if kind in ("ConfigMap", "Secret") else []
    risks = ["deletion cannot be rolled back once validated"]
    said = " ".join([ctx.request.intent, *ctx.request.refinements]).lower()
    if (
        users
        and all(u.key in kept and _acknowledged(u.name, said) for u in users)
        and not _KEPT_WORKING.search(said)
        and not _RESTARTED.search(said)
    ):
        # Round 42 (blind44, blind45): "remove orders-config, the orders Deployment stays",
        # "delete orders-config, keep orders": every workload that reads it said to stay — the
        # request knows of its use, and deletes it all the same; the plan says what follows.
        risks.append(
            f"{', '.join(u.describe() for u in users)} reads {target.describe()} (env or "
            "volume): its running pods keep what they read, but new pods (a restart, a "
            "rollout, a rescheduled pod) fail to start until the reference is removed"
        )
    elif users:
        # "delete the unused configmap orders-config", and orders reads it: its pods would
        # fail to start at their next restart. Never deleted on the word of the request.
        raise Clarify(
            f"{target.describe()} is used by {', '.join(u.describe() for u in users)} (env or "
            "volume): deleting it breaks their pods at the next restart. Delete the workload "
            f"with it ('delete {users[0].name}'), or remove the reference first."
        )
    return PlanResult(
        category="delete",
        operations=[DeleteOp(target=target, reason=f"requested: {ctx.request.intent}")],
        analysis=f"Delete {target.describe()} only: nothing else was named.",
        risks=risks,
        targets=[target],
        validation_plan=[f"{target.describe()} is gone"],
    )


# Round 27 (parts, X): a field of an object, by its API name or in words ("remove
# minAvailable from orders pdb", "drop the max unavailable of the orders pdb").
_FIELD = (
    r"(?-i:(?<![\w\-./])[a-z]{2,}(?:[A-Z][a-z0-9]+)+\b)|"
    r"\b(?:min(?:imum)?[\s-]?available|max(?:imum)?[\s-]?unavailable|max(?:imum)?[\s-]?surge|"
    r"(?:min|max)(?:imum)?[\s-]?replicas|selector|policy[\s-]?types)\b"
)
_FIELD_SAID = re.compile(_FIELD, re.I)
# A variable, key or field named as what the verb takes away: never an object to delete.
_SETTING = re.compile(
    rf"\b(?:{SETTING_NOUN}|labels?|annotations?)\b|"
    rf"{_FIELD}|"
    # ("per CHG-20560": a change ticket's id, never a setting taken away.)
    r"(?-i:(?<![\w\-./])(?!(?:HPA|PDB|SVC|CM|RS|KEDA|VPA|API|DB|PVC)\b)[A-Z][A-Z0-9_]{2,}\b(?!-\d))",
    re.I,
)


# A kind before a slash, as kubectl writes it ("deployment/checkout", "sts/cache"): no list mark.
# Built from the kinds a delete names (KINDS, one word each, and the workloads' own words), so
# a kind added there is read here too, beside kubectl's kinds this planner deletes none of.
_OTHER_SLASH_KINDS = frozenset(
    "po pod job cronjob cj ing ingress pvc persistentvolumeclaim".split()
)


def _plural(word: str) -> str:
    """``word`` and its plural, as a pattern ("policy" → "polic(?:y|ies)")."""
    if word.endswith("y"):
        return f"{word[:-1]}(?:y|ies)"
    return f"{word}(?:es)?" if word.endswith("ss") else f"{word}s?"


_KIND_SLASH = rx(
    r"\b(?:"
    + "|".join(
        sorted(
            {_plural(k) for k in (*KINDS, *_OTHER_SLASH_KINDS) if " " not in k}
            | {f"(?:{words})s?" for words in _WORKLOAD_WORDS.values()},
            key=len,
            reverse=True,
        )
    )
    + r")/"
)

# Words of the request itself said in capitals for emphasis ("DELETE orders NOW").
_SHOUTED = re.compile(
    rf"(?:{REMOVE_VERBS}|destroy|decommission|tear|down|all|everything|now|please|the|and|it|"
    # Round 27: urgency said in capitals ("URGENT delete worker", "ASAP: delete worker").
    r"urgent|asap)"
)


def _env_of_the_one_named(ctx: Ctx, setting: str) -> bool:
    """Whether exactly one workload is named, ``setting`` is a variable one of its containers
    sets to a value of its own, and no ConfigMap has a key of that name (a key read from a
    ConfigMap is asked: removing it there changes every reader, and a pod whose variable
    refers to a missing key does not start)."""
    named = ctx.workloads()
    if len(named) != 1 or any(
        setting in (cm.get("data") or {})
        for cm in ctx.cluster.list_objects("v1", "ConfigMap", ctx.namespace, stale_ok=True)
    ):
        return False
    _, obj = named[0]
    return any(
        setting == e.get("name") and "valueFrom" not in e
        for c in containers(obj)
        for e in c.get("env") or []
    )


_WE_USE = re.compile(
    r"^\s*(?:(?:because|since|as|cause|cuz)\s+)?(?:we|they|everyone|everybody|people|users|"
    r"customers|clients)\s+(?:now\s+|already\s+|just\s+|all\s+)?(?:use|have|run|moved\s+to|"
    r"switched\s+to|migrated\s+to|went\s+to|go\s+through|rely\s+on)\s+(?:the\s+|a\s+|an\s+|"
    r"our\s+|their\s+)?$",
    re.I,
)


def _setting(ctx: Ctx) -> str | None:
    """The variable / key / field the intent names, if any (upper-case names only count when
    the sentence is not shouted whole). A capitalised word in a sentence of its own with no
    removal verb that names no key or variable of the namespace ("… The new SPA is served
    from the CDN now") is context, not what the delete takes away."""
    said = ctx.raw if any(c.islower() for c in ctx.raw) else ctx.text
    # "drop the orders PDB, it blocks every drain and our maintenance SLO suffers": a word
    # inside a fact (statements.facts_blanked) is context as in a sentence of its own.
    facts = statements.facts_blanked(said)
    for m in _SETTING.finditer(said):
        told = not facts[m.start() : m.end()].strip() or config.reported_at(said, m.start())
        if not told:
            # Round 37 (gap40a, blind40): "remove the cache Deployment, we use CDN now": what
            # we use now, said in a clause of its own — why it goes, no setting.
            clause = rx(r"[,;.(!?]").split(said[: m.start()])[-1]
            told = bool(_WE_USE.match(clause))
        if not told and (verb := _REMOVE_VERB.search(said)):
            told = _where_now(said, verb.start(), m.start()) or _in_purpose(
                said, verb.end(), m.start()
            )
        if (
            _SHOUTED.fullmatch(m.group(0).lower())
            or _context_word(ctx, said, m, told=told)
            or _describes_workload(ctx, said, m)
        ):
            continue
        return m.group(0)
    return None


# Round 24 (gap C): what the delete is for, after its own words: "remove the orders PDB so the
# node upgrade can drain FNOL intake", "… so that the ETL jobs can finish", "… in order to let
# the SRE team drain". A capitalised word inside says whose or what is helped, no setting to
# remove (unless a key or variable of the namespace is called so: :func:`_context_word`).
_PURPOSE = re.compile(
    r"\s(?P<lead>so(?:\s+that)?|in\s+order\s+(?:to|for|that)|to\s+(?:let|allow|unblock))\s+(?!\d)",
    re.I,
)
_PURPOSE_VERB = re.compile(r"\b(?:can|could|will|may|would|won'?t|can'?t|isn'?t|aren'?t)\b", re.I)


def _in_purpose(said: str, verb_end: int, at: int) -> bool:
    """Whether ``at`` stands in a purpose clause (:data:`_PURPOSE`) after the removal verb
    ending at ``verb_end``, in the same sentence and clause."""
    for m in _PURPOSE.finditer(said, verb_end, at):
        cut = rx(r"[.!?;,](?:\s|$)").search(said, m.end())
        clause = said[m.end() : cut.start() if cut else len(said)]
        if at >= m.end() + len(clause):
            continue
        if m.group("lead").lower().startswith(("so",)) and not _PURPOSE_VERB.search(clause):
            continue
        return True
    return False


def _reported_setting(ctx: Ctx, setting: str) -> bool:
    """Whether ``setting`` is said only in clauses after the delete's own that report (see
    :func:`.config.reported`)."""
    said = ctx.raw if any(c.islower() for c in ctx.raw) else ctx.text
    found = [m for m in _SETTING.finditer(said) if m.group(0) == setting]
    return bool(found) and all(config.reported_at(said, m.start()) for m in found)


_SENTENCE_END = re.compile(r"[.!?](?:\s+|$)")
_REMOVE_VERB = re.compile(rf"\b(?:{REMOVE_VERBS})\b", re.I)


def _context_word(ctx: Ctx, said: str, m: re.Match[str], *, told: bool = False) -> bool:
    """True when the capitalised word ``m`` sits in a sentence without a removal verb (or, when
    ``told``, in a clause that says how things are) and no ConfigMap key or container variable
    of the namespace has its name."""
    word = m.group(0)
    if not word.isupper():
        return False  # "the label", "its annotations": a setting said by its noun
    starts = [0, *(e.end() for e in _SENTENCE_END.finditer(said, 0, m.start()))]
    end = _SENTENCE_END.search(said, m.end())
    sentence = said[starts[-1] : end.start() if end else len(said)]
    # (The first sentence too, when a later one says the removal: "The client no longer calls
    # the frontend Service directly (traffic now goes through their CDN). Remove the Service".)
    later = said[end.end() :] if end else ""
    first = len(starts) == 1 and not _REMOVE_VERB.search(later)
    if not told and (_REMOVE_VERB.search(sentence) or first):
        return False
    return not _namespace_key(ctx, word)


def _describes_workload(ctx: Ctx, said: str, m: re.Match[str]) -> bool:
    """True when the capitalised word ``m`` stands right before a workload's name ("the CDR
    worker deployment", "the ETL orders"): what the workload does, said as its nickname beside
    the name, when no ConfigMap key or container variable of the namespace has its name."""
    word = m.group(0)
    after = rx(r"\s+([a-z0-9][\w\-]*)\b(?!\s*=)").match(said, m.end())
    if not word.isupper() or after is None or _namespace_key(ctx, word):
        return False
    try:
        return bool(ctx.workloads(after.group(1)))
    except Clarify:
        return False  # a word that may be part of another name: the setting stays read


def _namespace_key(ctx: Ctx, word: str) -> bool:
    """Whether a ConfigMap key or a container variable of the namespace is called ``word``."""
    if any(
        word in (cm.get("data") or {})
        for cm in ctx.cluster.list_objects("v1", "ConfigMap", ctx.namespace, stale_ok=True)
    ):
        return True
    return any(
        word == e.get("name")
        for kind in sorted(WORKLOAD_KINDS)
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace, stale_ok=True)
        for c in containers(obj)
        for e in c.get("env") or []
    )


# "…, checkout must stay", "the proxy stays", "leave redis alone", "keep the redis", "but
# leave the deployment running", "shared-config and the pdb stay": what the delete keeps.
# "leave the cache proxy deployment alone": up to three words name it (a name, what it runs,
# its kind), resolved against the namespace or left in the text to be asked.
# (Round 28: a nickname of two words may stand before the kind and the name, "Product API
# deployment my-api must stay".)
# (Round 29, gap32a: kubectl's "deploy/orders" too — "…, keep deploy/orders".)
_NAMES = r"(?:the\s+)?[a-z0-9][\w\-]*(?:/[a-z0-9][\w\-]*)?(?:\s+[a-z0-9][\w\-]*){0,3}?"
# A workload said as kubectl says it, its kind's word then "/" and its name.
_KIND_SLASH_NAME = re.compile(
    r"(deploy(?:ment)?s?|statefulsets?|sts|daemonsets?|ds)/([a-z0-9][\w\-]*)"
)
_NOT_TOUCHED = (
    r"(?:(?:must|should|shall|will|may|is\s+to|are\s+to)\s+not|mustn'?t|shouldn'?t|won'?t|"
    r"can'?t|cannot)\s+be\s+(?:modified|touched|changed|deleted|removed|affected|altered|"
    r"impacted)"
)
_STAYS = re.compile(
    # "… (keep the redis statefulset)": an aside in parentheses is a clause of its own; so is
    # one after a dash ("… — keep the redis statefulset!").
    r"(?:^|[,.;(]\s*|\s+[\u2014\u2013-]+\s+|\s+(?:but|and|while)\s+)(?:but\s+|and\s+|while\s+)?"
    # "delete the cache deployment (not redis!)", "…, not checkout": what is not deleted stays.
    rf"(?:(?:keep|leave|spare|not)\s+(?P<kept>{_NAMES}(?:\s*(?:,|\band\b)\s*{_NAMES})*)|"
    # ("the redis one (statefulset cache) must stay": the name in brackets beside its
    # nickname is what stays, round 28.)
    rf"(?P<subject>{_NAMES}(?:\s*\([^()]{{1,60}}\))?(?:\s*(?:,|\band\b)\s*{_NAMES})*)\s+"
    # ("orders-config keep please": the object first, its verb after, round 28.)
    # (Round 36, gap39b: a Thai particle after it, "deployment keep na", "… keep krub".)
    r"(?:stays?(?:\s+put)?|remains?|keep(?:\s+(?:please|pls|plz|na|krub|khrap|kha|ka))?(?=[\s.!]*$)|"
    # ("deploy/my-api keeps running", "orders-config keep, do not delete": said as a state, or
    # with the delete it is spared said again, round 31.)
    r"keeps\s+(?:running|serving|working|going)|"
    r"keep\s*,\s*(?:do\s+not|don'?t|not)\s+(?:delete|remove)(?:\s+(?:it|them))?(?=[\s.!]*$)|"
    r"(?:must|should|can|will|has to|needs to)\s+(?:stay|remain|"
    # "… orders itself must keep running": the workload kept, said by what it goes on doing.
    r"be kept|be retained|be preserved|keep\s+(?:running|serving|working))|"
    r"(?:is|are)\s+(?:to\s+be\s+)?(?:kept|staying|not affected|"
    # "the proxy deployment is retained", "… is to be preserved", "… is out of scope".
    r"retained|preserved|spared|unaffected|untouched|unchanged|excluded|out of scope|"
    r"left(?:\s+(?:alone|in place|as is|untouched|running))?)|"
    # Round 30 (gap33a): said as what must not happen to it ("the StatefulSet cache must not be
    # modified", "… is out of scope and must not be touched").
    rf"{_NOT_TOUCHED})(?:\s+and\s+{_NOT_TOUCHED})?)"
    r"(?:\s+(?:alone|in place|intact|up|as is|running|untouched))?"
    # "keep payments-config for the auditors": why it is kept, not what (:data:`.KEPT_FOR`).
    rf"(?:\s+(?:as is|running|untouched|{KEPT_FOR}))?[\s.!]*\)?[\s.!]*"
    # "… the deployment stays (CR-5540)": the change's ticket, filed after it, says nothing kept.
    rf"(?:\((?:per\s+|see\s+|ref\.?\s+|re:?\s+)?{TICKET}\)[\s.!]*)?$"
)
# Words after what is kept that say how it is kept, not what: "leave the deployment running".
_HOW_KEPT = re.compile(r"\s+(?:alone|running|up|as is|in place|untouched|intact|around)$")
# Why it is kept, said after it: "… must stay since frontend is using it", "… stays, other
# stuff uses it" — that something else uses it. Read only right after a kept clause.
_WHY_KEPT = re.compile(
    r"(?:\s*[,;]\s*|\s+[\u2014\u2013-]+\s+|\s+)(?:(?:since|because|as|cuz|coz|bc)\s+)?(?:"
    # "keep orders as is, it replaced worker": what the kept one is to the deleted one.
    r"(?:it|they|that|this)\s+(?:(?:has|have|already)\s+)?(?:replaced|replaces|superseded|"
    r"supersedes|took\s+over\s+from|takes\s+over\s+from|taken\s+over\s+from|is\s+the\s+"
    r"replacement\s+for)\s+(?:the\s+)?[a-z0-9][\w\-]*(?:\s+(?:deployment|statefulset))?[\s.!]*$|"
    r"(?:[a-z0-9][\w\-]*\s+){0,3}?"
    r"(?:is\s+|are\s+)?(?:still\s+)?(?:uses?|using|needs?|needing|reads?|reading|mounts?|"
    r"depends?\s+on|relies\s+on|wants?|wanted)\s+(?:it|them|that|this)"
    # "… finance wants it archived", "… audit needs it for the records": kept for someone.
    r"(?:\s+(?:too|still|as\s+well|also|archived|kept|around|preserved|retained|"
    r"for\s+(?:the\s+|an?\s+|their\s+|its\s+)?[a-z]+(?:\s+[a-z]+)?))?"
    r"[\s.!]*$)"
)
# Where a clause may start: the kept clause is the last one ("delete worker and checkout
# deployments, frontend must stay" keeps frontend only, never the list before the comma).
_CLAUSE_START = re.compile(r"[,.;(]\s*|\s+[\u2014\u2013-]+\s+|\s+(?:but|while)\s+")


# That something still uses what is deleted ("…, frontend is still using it"), not said as the
# reason something stays: a contradiction to ask about, never a list of more to delete.
_STILL_USED = re.compile(
    # (Round 25: "nothing calls it directly anymore", "nobody reads it": no user, said so.)
    r"(?:^|[,;.]\s*|\s+(?:since|because|as|but|bc)\s+)(?P<said>(?:(?!(?:not|no|longer|never|"
    r"nothing|nobody|no-?one|none)\b)"
    r"[a-z0-9][\w\-]*\s+){0,3}?(?:is\s+|are\s+)?(?:still\s+)?(?:uses?|using|needs?|needing|reads?|"
    r"reading|mounts?|depends?\s+on|relies\s+on|calls?|calling|wants?|wanted)\s+"
    r"(?:it|them|that|this)\b)"
)


def _stays(text: str) -> re.Match[str] | None:
    """The closing "X stays" / "keep X" clause of ``text``: the last clause that says it."""
    for start in reversed([m.start() for m in _CLAUSE_START.finditer(text)]):
        if m := _STAYS.match(text, start):
            return m
    return _STAYS.search(text)


def _kept_objects(ctx: Ctx, text: str) -> tuple[str, set[str], set[str]]:
    """The text without a closing "X stays" / "keep X", the keys of the objects X names
    (workloads by name or by what they run, ConfigMaps, Services … by name) and the workload
    kinds it names ("leave the deployment running"). A word that names nothing is left in the
    text (and asked about like any other); so is a kind of the stack ("its service stays")."""
    for cut in (m.start() for m in rx(r"(?<=\S)[\s,;]").finditer(text)):
        if _WHY_KEPT.match(text, cut) and _stays(text[:cut]):
            text = text[:cut]
            break
    m = _stays(text)
    if m is None:
        return text, set(), set()
    words = m.group("kept") or m.group("subject")
    keys: set[str] = set()
    kinds: set[str] = set()
    for said_item in rx(r"\s*(?:,|\band\b)\s*").split(words):
        item = _HOW_KEPT.sub("", said_item.strip())
        # "deploy/orders" is "the orders deploy": the workload of that kind and name — only of a
        # name the order says too ("delete pdb/orders, keep deploy/orders"; the statefulset
        # called postgres kept beside a delete of the cache deployment is asked, r22).
        if slashed := _KIND_SLASH_NAME.search(item):
            name = rx(rf"(?<![\w\-]){re.escape(slashed.group(2))}(?![\w\-])")
            if not name.search(text[: m.start()]):
                return text, set(), set()
            item = _KIND_SLASH_NAME.sub(r"the \2 \1", item)
        if not item or KIND_WORDS.search(item):
            return text, set(), set()  # "its service stays": a kind, read by _kept
        said = _workload_kinds(item)
        if said and rx(r"(?:the\s+|its\s+|their\s+)?\S+").fullmatch(item):
            kinds |= said  # "the deployment": no object of that kind is deleted
            continue
        found = _kept_keys(ctx, item, said)
        if (
            not found
            and said
            # (Round 36, gap39b: or of two words, "the grower portal deployment stays".)
            and rx(
                r"(?:the\s+|its\s+|their\s+)?[a-z0-9][\w\-]*(?:\s+[a-z0-9][\w\-]*)?\s+\S+"
            ).fullmatch(item)
        ):
            # "top-up deployment stays": a nickname naming nothing beside a workload kind keeps
            # every object of that kind (no fewer than said stays; a delete of one is asked).
            kinds |= said
            continue
        if not found:
            return text, set(), set()
        keys |= found
    return text[: m.start()], keys, kinds


def _kept_keys(ctx: Ctx, item: str, said: set[str]) -> set[str]:
    """The objects ``item`` names: workloads (by name, else by what they run), else the
    objects of the kinds a delete may name that have that name."""
    try:
        named = ctx.workloads(item)
    except Clarify:
        named = []
    if said:
        named = [(t, obj) for t, obj in named if t.kind in said]
    if not named:
        # "keep the redis": the workload whose main container runs redis.
        running = ctx.narrowed(item, refinements=False).running(sorted(said))
        named = running if len(running) == 1 else []
    if named:
        return {t.key for t, _ in named}
    name = rx(r"^the\s+").sub("", item)
    if not rx(r"[a-z0-9][\w\-.]*").fullmatch(name):
        return set()
    return {
        Target.of(obj).key
        for api_version, kind in {*KINDS.values(), ("v1", "Secret")}
        if (obj := ctx.get(kind, name, api_version)) is not None
    }


# "delete Service/frontend", "drop svc/frontend": a kind and its name as kubectl writes them.
_SLASHED = re.compile(
    r"(?<![\w\-./])("
    + "|".join(sorted((re.escape(k) for k in KINDS if " " not in k), key=len, reverse=True))
    + r")s?/(?=[a-z0-9])",
    re.I,
)


# "delete the payments Service but keep the pods running": what goes is an object beside the
# workload, whose pods stay by themselves (a workload's kind said in the delete still asks),
# the keep said right after it.
BESIDE_DELETED = re.compile(
    r"^(?!.*\b(?:deployments?|deploy|statefulsets?|sts|daemonsets?|workloads?|apps?)\b.*\bkeep)"
    r".*\b(?:delete|remove|drop|tear\s+down)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[a-z0-9][\w\-]*\s+)?(?:services?|svc|configmaps?|cm|pdbs?|poddisruptionbudgets?|hpas?|"
    r"autoscalers?|ingress(?:es)?|networkpolic(?:y|ies)|netpols?|servicemonitors?|secrets?)\b"
    # Round 24 (gap B): "the Service in front of (card payments) payments": named by the
    # workload it fronts, said in its words and its name in brackets.
    r"(?:\s+(?:(?:that\s+)?(?:sits?\s+)?in\s+front\s+of|fronting|that\s+fronts)\s+(?:the\s+)?"
    r"(?:[a-z][\w\-]*\s+){0,3}?(?:\([a-z0-9][\w\-]*\)|[a-z0-9][\w\-]*))?"
    # (That one object alone: "delete the payments service and worker, keep …" still asks.)
    r"(?=\s*[,;]?\s*(?:but\s+|and\s+)?(?:keep|leave)\b)",
    re.I,
)
# The pods said to stay beside such a delete: what happens anyway, no part to delete.
_PODS_KEPT = re.compile(
    r"\b(?:but\s+|and\s+)?(?:keep|leave)\s+(?:its|their|the)\s+(?:pods?|replicas?|instances?)\b"
    r"(?:\s+(?:running|up|alive|serving|alone|as\s+(?:they\s+are|is)))?",
    re.I,
)


def _headed_by_the_delete(ctx: Ctx) -> None:
    """Ask when the destructive verb opens a head whose object names no workload here, and
    what follows the head is an order of another kind: "please scrap: switch frontend to
    …:2.1.2", "remove the debug build: point orders at …:1.0.2", "remove 1.0: new version
    3.0.3 for payments" (round 29, attack 33: the workload of the image change was deleted).
    The workload is named only by the other order, so the delete has no object of its own.
    "delete worker: nobody uses it", "cleanup: delete worker", "scrap: delete worker" plan."""
    verb = _DESTRUCTIVE_HEAD.search(ctx.raw)
    if verb is None or (end := _HEAD_END.search(ctx.raw, verb.end())) is None:
        return
    names = ctx.lowered_object_names()
    head = ctx.text[verb.end() : end.start()]
    if any(w in names for w in _HEAD_WORDS.findall(head)) or _NAME_SHAPED.search(head):
        # ("delete loyalty-v1, it moved to my-api": a name said that nothing bears is asked
        # by the rule that names it.)
        return
    body = ctx.raw[end.end() :]
    if not AN_ORDER.match(body.lower()):
        return  # "remove: the orders pdb": the object the delete names
    other = understand.read(body).best
    if other is None or other == "delete":
        return
    raise Clarify(
        f"I read {ctx.raw[verb.start() : end.start()].strip()!r} before {body.strip()!r}: the "
        f"delete names no workload of its own, and what follows reads as {other}, not a delete. "
        f"I changed nothing. Say the {other} on its own, or ask for a deletion alone, naming "
        "what to delete ('delete worker')."
    )


# An order opening what a destructive head labels ("toss: add monitoring to frontend", "bin -
# scale my-api to 4", "scrap: frontend -> 2.1.2"): withdrawn or asked, never deleted; an object
# alone after it ("remove: the orders pdb") is what the delete names (round 29, at the merge).
_DESTRUCTIVE_VERBS = frozenset("delete remove drop destroy tear uninstall kill purge wipe".split())
# The order verbs a check reads (:data:`guard.VERBS`), less the destructive ones: a throwing
# header before one of those names what it deletes.
_ORDER_VERBS = "|".join(v for v in guard.VERBS.split("|") if v not in _DESTRUCTIVE_VERBS)
AN_ORDER = re.compile(
    rf"\W*(?:(?:please|pls|kindly|just|now)\s+)*(?:{_ORDER_VERBS}|use|switch|turn|auto-?scale|"
    r"put|move|ship|release|give|double|triple|halve|cut|allow|deny|block|protect|schedule|pin|"
    r"cap|mount|inject|rotate|migrate|point|new\s+(?:version|image|tag|release)|"
    r"[\w.\-]+\s*(?:->|=>|\u2192)|[\w.\-]+\s+to\s+(?:v?\d|[\w.\-]*[/:@]))\b|"
    r"\W*[\w.\-]+\s*(?:->|=>|\u2192)"
)
# The first destructive verb said as a word of its own (never one inside a value or a name),
# and where its head ends: a colon, semicolon or comma, or a dash between spaces.
_DESTRUCTIVE_HEAD = re.compile(
    r"(?<![\w\-./:=@'\"])(?:delete|remove|destroy|drop|purge|wipe|erase|kill|uninstall|"
    r"decommission|nuke|scrap|ditch|trash|bin|get\s+rid\s+of|tear\s+down|throw\s+away)"
    r"(?![\w\-/=@'\"])",
    re.I,
)
_HEAD_END = re.compile(r"[:;,](?=\s)|\s[-\u2013\u2014]+\s|[\u2013\u2014]")
_HEAD_WORDS = re.compile(r"[a-z0-9][\w\-]*")
# A word said as a name (hyphenated, or letters then digits, never a version "v2") or an
# object said by its kind: the head names an object of its own.
_NAME_SHAPED = re.compile(
    r"\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b|\b(?!v\d)[a-z]+\d[a-z0-9]*\b|"
    r"\b(?:deployment|deploy|statefulset|sts|daemonset|service|svc|pdb|hpa|configmap|cm|"
    r"secret|job|cronjob)s?\b"
)


def delete(ctx: Ctx) -> PlanResult:
    _headed_by_the_delete(ctx)
    if BESIDE_DELETED.search(ctx.text) and _PODS_KEPT.search(ctx.raw):
        ctx = ctx.narrowed(_PODS_KEPT.sub(lambda m: " " * len(m.group(0)), ctx.raw))
    if _SLASHED.search(ctx.text):
        # Read as "service frontend": the object of that kind, never the workload of that name
        # with its stack (the slash kept as a space, so the words as said stay aligned).
        ctx = ctx.narrowed(_SLASHED.sub(lambda m: m.group(0)[:-1] + " ", ctx.raw))
    if (named := _bare_object(ctx)) is not None:
        # "delete my-api-config": the ConfigMap (or Secret) of that name, said with its kind.
        ctx = ctx.narrowed(named)
    kept: set[str] = set()
    result = _delete(ctx, kept)
    touched = [
        op.target
        for op in result.operations
        if op.target.key in kept or f"kind:{op.target.kind}" in kept
    ]
    touched += [
        op.target
        for op in result.operations
        if op.target not in touched and _said_kept(ctx, op.target)
    ]
    if touched:
        # "delete the cache deployment, cache stays" where both are one name: said both ways.
        raise Clarify(
            f"You said it stays, but the plan would delete {touched[0].describe()}. Name "
            "what to delete by its kind and name, e.g. 'delete deployment cart'."
        )
    if said := _deleted_kept(ctx, result):
        raise Clarify(
            f"You said {said!r}, but the plan would delete "
            f"{result.operations[0].target.describe()}: should it go, or stay? Ask for the "
            "delete alone, or say what stays by its kind and name."
        )
    _no_part_dropped(ctx, result)
    return _as_pasted(ctx, result)


# Round 37 (m43b, attack43): the workload said right after the delete's verb and left out of the
# plan ("delete worker together with the orders pdb" planned the PDB alone), or an object the
# plan deletes that is said only in a reason after it ("delete deployment/cache, we use
# statefulset cache now" deleted both caches): asked, never a part dropped nor a reason's
# object deleted.
_DELETED_FIRST = re.compile(
    r"^\W*(?:(?:please|pls|kindly)\s+)?(?:delete|remove|drop|decommission)\s+(?:the\s+)?"
    r"(?:(?:deployment|statefulset|daemonset|deploy|sts|ds)[\s/]+)?(?P<name>[a-z0-9][\w\-]*)"
    r"(?!\s+(?:configmap|config\s+map|cm|pdb|poddisruptionbudget|service|svc|hpa|secret|"
    r"budget|disruption)\b)(?![\w\-/])"
    # (the name ends there: "delete cart remover" names cart-remover, not cart)
    r"(?=\s*(?:$|[,;.!?(]|(?:together|along|and|with|plus|&)(?![\w\-])))",
    re.I,
)
_KIND_SAID = {
    "Deployment": "deployment|deploy",
    "StatefulSet": "statefulset|sts",
    "DaemonSet": "daemonset|ds",
    "ConfigMap": "configmap|config\\s+map|cm",
    "PodDisruptionBudget": "pdb|poddisruptionbudget",
    "Service": "service|svc",
}
_REASON_OPENS = re.compile(
    r"[,;.\u2014(]\s*(?:since|because|as|cause|cuz)?\s*(?:we|they|i|you|it|that|this|everyone|"
    r"everything|the\s+app|the\s+apps)\s+(?!(?:also|too)\b)[^,;.\u2014(]*$",
    re.I,
)


def _no_part_dropped(ctx: Ctx, result: PlanResult) -> None:
    """Ask when the plan leaves out the workload the delete names first, or deletes an object
    said only in a reason (see above)."""
    deleted = [op.target for op in result.operations if op.kind == "delete"]
    if not deleted:
        return
    text = ctx.raw
    if (m := _DELETED_FIRST.match(text)) and ctx.workloads(m["name"].lower()):
        name = m["name"].lower()
        if all(t.name != name for t in deleted) and all(
            op.target.name != name for op in result.operations
        ):
            raise Clarify(
                f"You asked to delete {name!r}, but the plan would delete only "
                f"{', '.join(t.describe() for t in deleted)}. Ask for each deletion by its kind "
                f"and name, e.g. 'delete deployment {name}'."
            )
    lowered = text.lower()
    for target in deleted:
        kinds = _KIND_SAID.get(target.kind)
        if kinds is None:
            continue
        said = [
            m.start()
            for m in rx(
                rf"(?<![\w\-])(?:{kinds})(?:\s+|/){re.escape(target.name)}(?![\w\-])"
            ).finditer(lowered)
        ]
        if said and all(_REASON_OPENS.search(lowered[:at]) for at in said):
            raise Clarify(
                f"You named {target.describe()} in what reads as a reason, and the plan would "
                "delete it too. Should it go? Ask for each deletion by its kind and name, e.g. "
                f"'delete {target.kind.lower()} {target.name}'."
            )


# Round 36 (a41d, attack40): the deleted object said to stay by a pronoun ("delete the orders
# pdb; it stays", "… (it stays)", "…; we keep it"), or by its own kind where no workload is
# deleted ("delete the orders pdb; the pdb is staying", read as "… but keep its pdb").
_IT_KEPT = re.compile(
    r"(?:[;,.(\u2014\u2013]|\s-\s|\bbut\b|\band\b)\s*(?:(?:it|that\s+one|this\s+one)(?:\s+"
    r"(?:(?:must|should|will|can|has\s+to|needs\s+to)\s+)?(?:stays?|remains?)|(?:\s+is|\s*['\u2019]s)"
    r"\s+(?:staying|remaining|kept|not\s+going))|(?:(?:we|i)(?:'ll|\s+will|\s+want\s+to)?\s+)?"
    r"keep(?:ing)?\s+it)(?=\s*(?:[,;.!?)]|$))",
    re.I,
)
_KEEP_ITS = re.compile(r"\bbut\s+keep\s+its\s+([a-z]+)\s*$", re.I)


def _deleted_kept(ctx: Ctx, result: PlanResult) -> str | None:
    """The words that say the one object the plan deletes stays (see above), or None."""
    deleted = [op.target for op in result.operations if isinstance(op, DeleteOp)]
    if not deleted:
        return None
    said = getattr(ctx.request, "intent", "") or ctx.raw
    if ("it" in said or "one" in said) and (m := _IT_KEPT.search(said)):
        return m.group(0).strip(" ,;.(-\u2014\u2013")
    if (
        (m := _KEEP_ITS.search(ctx.text))
        and not any(t.kind in WORKLOAD_KINDS for t in deleted)
        and any(
            (words := statements.KIND_WORDS.get(t.kind)) and rx(rf"(?:{words})").fullmatch(m[1])
            for t in deleted
        )
    ):
        return f"{m[1]} stays"
    return None


# A keep said right after a name (and its kind): "orders stays", "orders itself remains",
# "the orders deployment must stay", "orders is kept"; and "keep (the) orders".
_KEEP_AFTER_NAME = (
    r"(?:\s+itself)?\s+(?:(?:must|should|will|can|has\s+to|needs\s+to|is\s+to)\s+)?"
    r"(?:stays?|remains?|(?:is|are)\s+(?:kept|staying|remaining|untouched|not\s+deleted))\b"
)


def _said_kept(ctx: Ctx, target: Target) -> bool:
    """Round 35: whether the request says ``target`` stays — its name with its own kind, or
    bare when the name is the workload's (or no workload bears it), then a keep ("orders
    stays", "keep the orders deployment"). The reading of the kept clause misses a keep with
    more after it ("delete orders-config. orders stays and orders-config too" deleted orders
    and its stack): whatever the rest of the request says, a plan never deletes what it says
    stays."""
    text = ctx.text
    name = target.name.lower()
    if name not in text:
        return False
    kind = statements.KIND_WORDS.get(target.kind)
    bare = target.kind in WORKLOAD_KINDS or not _named_workloads(ctx, target.name)
    said = rf"(?:{kind})" if kind else r"(?!)"
    named = rf"{re.escape(name)}(?:\s+{said}|(?<=\S){'' if bare else '(?!)'})(?![\w\-])"
    return (
        any(
            not _other_kind_before(text, m.start(), target.kind)
            for m in rx(rf"(?<![\w\-./]){named}{_KEEP_AFTER_NAME}").finditer(text)
        )
        or bool(rx(rf"\bkeep\s+(?:the\s+)?(?:{said}\s+)?{named}").search(text))
        or _listed_kept(text, rf"(?:(?:the|its)\s+)?(?:{said}\s+)?{named}")
    )


# Round 39 (gap42b): a list kept, its item anywhere in it: "keep the Service payments and
# payments-config" (payments-config was deleted), "the PDB and orders-config stay".
_KEPT_WORD = (
    r"(?!(?:must|should|will|can|shall|may|is|are|delete|remove|drop|destroy|keep|leave)\b)"
    r"[\w\-]+"
)
_KEPT_ITEM = rf"(?:(?:the|its|their)\s+)?{_KEPT_WORD}(?:\s+{_KEPT_WORD})?"
_KEPT_LIST = re.compile(
    r"\b(?:keep|leave|spare)\s+(?P<a>[^.;:!?()]+)|"
    # (a subject list of two or more short items, from a clause's start: "A and the PDB stay")
    rf"(?:^|(?<=[.;:!?(,]))\s*(?P<b>{_KEPT_ITEM}(?:\s*(?:,|&|\band\b)\s*{_KEPT_ITEM})+)"
    r"\s+(?:(?:must|should|will|can)\s+)?(?:stay|remain)s?\b",
    re.I,
)
_LIST_SEP = re.compile(r"\s*(?:,|&|\+|\band\b|\bor\b|\bnor\b)\s*", re.I)


def _listed_kept(text: str, item: str) -> bool:
    """Whether an item of a list said to stay (a keep's object, a subject of "stay") is
    ``item`` (a pattern of the object's name, with its kind)."""
    whole = rx(rf"\s*{item}(?:\s+(?:alone|intact|too|as\s+is|for\s+now))?\s*")
    for m in _KEPT_LIST.finditer(text):
        if any(whole.fullmatch(part) for part in _LIST_SEP.split(m["a"] or m["b"])):
            return True
    return False


# Round 37 (gap40a, blind40): "Remove the cache Deployment. Redis StatefulSet cache stays!": a
# name said right after another workload kind is that workload's, never the one deleted.
_KIND_OF_WORD = kindwords.WORKLOAD_NOUNS
_KIND_BEFORE = re.compile(rf"\b(?P<kind>{'|'.join(_KIND_OF_WORD)})\s+$", re.I)


def _other_kind_before(text: str, at: int, kind: str) -> bool:
    """Whether the word right before ``at`` is a workload kind other than ``kind``."""
    m = _KIND_BEFORE.search(text[max(0, at - 20) : at])
    return m is not None and _KIND_OF_WORD[m["kind"].lower()] != kind


# Rule (round 18): a delete whose one object is a bare name that no workload bears but a
# ConfigMap or a Secret does ("delete my-api-config", "remove the payments-config please") is
# of that object: read with its kind said, so the delete rule's own checks (in use, kept) ask
# the right question instead of one about keys or a workload.
_BARE_DELETE = re.compile(
    r"^\W*(?P<lead>(?:(?:please|kindly|just|now|then|go|ahead|and)\s+)*(?:delete|remove|destroy|"
    r"get\s+rid\s+of|tear\s+down)\s+(?:the\s+)?)(?P<name>[a-z0-9][a-z0-9.\-]*[a-z0-9])"
    # (Round 37, en41, attack41: with its reason after it, "delete orders-config because of
    # the migration", "… due to the cutover": the reason is kept, the kind said all the same.)
    r"(?P<rest>(?:\s*,?\s*(?:because|since|due\s+to|as\s+part\s+of|bc|cuz|coz)\b[^,;.!?]*)?"
    r"\s*(?:,?\s*(?:please|pls|now|thanks?))?[\s.!]*)$",
    re.I,
)


# Round 29 (gap32a): the same with a closing clause that keeps something ("delete
# payments-config, the payments deploy stays"): read with its kind said, the clause kept.
_BARE_DELETE_KEPT = re.compile(
    r"^\W*(?P<lead>(?:(?:please|kindly|just|now|then|go|ahead|and)\s+)*(?:delete|remove|destroy|"
    r"get\s+rid\s+of|tear\s+down)\s+(?:the\s+)?)(?P<name>[a-z0-9][a-z0-9.\-]*[a-z0-9])(?=[,;]|\s+but\s)",
    re.I,
)


def _bare_object(ctx: Ctx) -> str | None:
    """The request with the kind said, when it deletes one bare name of a ConfigMap or a
    Secret that no workload bears (see the rule above); else None."""
    m = _BARE_DELETE.match(ctx.raw)
    if (
        m is None
        and (k := _BARE_DELETE_KEPT.match(ctx.raw))
        # (Round 42, blind45: "…, the rug orders (orders) Deployment stays", a kind capitalised.)
        and _STAYS.match(ctx.raw.lower(), k.end())
    ):
        m = k
    if m is None or ctx.workloads(m.group("name")):
        return None
    name = m.group("name").lower()
    kind = next((k for k in ("ConfigMap", "Secret") if ctx.get(k, name)), None)
    if kind is None:
        return None
    return f"{m.group('lead')}{kind.lower()} {name}{ctx.raw[m.end('name') :]}"


def _as_pasted(ctx: Ctx, result: PlanResult) -> PlanResult:
    """``result`` with how a pasted ``kubectl delete`` said to delete (:mod:`.kubectl`): the
    propagation of ``--cascade`` on the workloads, and a note on a grace period not passed."""
    if mode := ctx.hints.get("propagation"):
        result.operations = [
            op.model_copy(update={"propagation": mode})
            if isinstance(op, DeleteOp) and op.target.kind in WORKLOAD_KINDS
            else op
            for op in result.operations
        ]
        result.analysis = f"{result.analysis}\nPropagation {mode}, as --cascade said.".strip()
    if note := ctx.hints.get("note"):
        result.analysis = f"{result.analysis}\n{note}".strip()
    return result


# Where the clause of a verb ends: a clause with a subject of its own after it, a colon or a
# semicolon (see _OUT_OF).
_OWN_CLAUSE = (
    r"[,;]\s*(?:and\s+|but\s+|so\s+)?(?:we|i|you|they|it|ci|argo\w*|flux|helm|"
    r"terraform|that|this|someone|nobody|nothing|no\s+one|the\s+pipeline)\b|[:;]\s"
)
_CLAUSE_ENDS = re.compile(rf"{_OWN_CLAUSE}|[.!?]")
# "remove orders from the mesh", "take frontend out of rotation": taken out of something else.
_OUT_OF = re.compile(
    r"\b(?:remove|removed|delete|deleted|drop|dropped|take|taken|pull|pulled|evict|exclude|"
    # Within the verb's sentence: "… delete frontend. The SPA is served from the CDN now."
    # Not across a clause with a subject of its own: "remove the orders pdb, we'll recreate it
    # from the helm chart" says where it comes back from, not what it is taken out of.
    # Nor past a colon or a semicolon: "remove the my-api Service but keep the deployment:
    # nobody should call it from inside the cluster" says what the delete makes.
    rf"get)\b(?:(?!{_OWN_CLAUSE})[^.!?])*?"
    r"\b(?:from|out of|off)\s+"
    r"(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?P<what>[a-z0-9][\w\-]*)"
)
_ALSO_FROM = re.compile(
    r"\b(?:from|out of|off)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?P<what>[a-z0-9][\w\-]*)"
)
# Out of one of these is out of everything here: a delete ("remove checkout from the fleet",
# "… from the project", OpenShift's word for the namespace).
_HERE = frozenset(
    {"cluster", "namespace", "ns", "k8s", "kubernetes", "here", "everywhere"}
    | {"fleet", "project", "openshift", "kube"}
)


# Round 24 (gap B): where the work of what is deleted happens now, said after the delete as its
# reason ("…, menus come from the CDN now", "…; sessions now live in the PMS", "orders now go
# through the gateway"): a plural subject and a verb of where things are, no number, no
# removal verb — the reason, never a place the object is taken out of nor a setting removed.
_WHERE_NOW = re.compile(
    r"^\W*(?:and\s+|since\s+|as\s+)?(?:the\s+|our\s+|their\s+|all\s+)?(?:[a-z][\w\-]*\s+){0,2}?"
    r"[a-z][\w\-]*s\s+(?:now\s+|already\s+|all\s+|instead\s+)?(?:come|live|sit|run|happen|go|"
    r"flow|get\s+served|are\s+(?:served|stored|kept|held|cached|handled))\s+(?:from|in|on|through|"
    r"via|out\s+of|inside|by)\s+(?:the\s+|our\s+|their\s+|a\s+)?[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:\s+(?:now|instead|these\s+days|already))?\W*$",
    re.I,
)


def _where_now(text: str, verb: int, at: int) -> bool:
    """Whether ``at`` sits in a clause after the removal verb (at ``verb``) that says where the
    work is done now (:data:`_WHERE_NOW`)."""
    for a, b in statements.spans(text):
        if a <= at < b:
            clause = text[a:b]
            return (
                a > verb
                and not rx(r"\d").search(clause)
                and not _REMOVE_VERB.search(clause)
                and bool(_WHERE_NOW.match(clause))
            )
    return False


def _reported_from(text: str, verb: int, at: int) -> bool:
    """Whether the "from" before ``at`` sits in a clause after the verb's (at ``verb``) that
    says how things are or what someone did (:func:`.statements.fact`,
    :func:`.asides.statement`): "delete the cache proxy deployment, my notebooks read from redis
    directly now" says where reads go now, nothing taken out of redis."""
    for a, b in statements.spans(text):
        if a <= at < b:
            clause = text[a:b]
            told = a > verb and (statements.fact(clause) or asides.statement(clause))
            return told or _where_now(text, verb, at)
    return False


def _removed_from_something(ctx: Ctx) -> None:
    """Ask when the request takes a workload out of something else: "remove orders from the
    mesh" or "take frontend out of rotation" means a mesh or load-balancer change, never a
    delete of orders (or of its Service). Out of the cluster or this namespace is a delete."""
    for verb in _OUT_OF.finditer(ctx.text):
        # Each place said in the verb's sentence: "remove checkout from the fleet and from the
        # mesh" takes it out of the mesh too, whatever the first place is.
        end = _CLAUSE_ENDS.search(ctx.text, verb.end())
        stop = end.start() if end else len(ctx.text)
        places = [verb, *_ALSO_FROM.finditer(ctx.text, verb.end(), stop)]
        for m in places:
            what = m.group("what")
            if what in _HERE or what == ctx.namespace or ctx.workloads(what):
                continue
            if _reported_from(ctx.text, verb.start(), m.start("what")):
                continue
            if rx(rf"\d+|{COUNT_WORDS}").fullmatch(what) and rx(
                r"(?:\s+(?:replicas?|pods?|instances?|copies))?\s+to\s+\S"
            ).match(ctx.text[m.end() :]):
                continue  # "take worker from one replica to three": a count, changed by a scale
            raise Clarify(
                f"{ctx.text[verb.start() : m.end()]!r}: taking it out of {what!r} is not "
                f"deleting it, and I do not change {what} here. To delete the object itself say "
                "'delete <workload>'; to stop its traffic, e.g. 'scale <workload> to 0'."
            )


# "the old worker service": a workload's name, then "service", said of the application.
_VERB_WORDS = r"tear|destroy|decommission|delet\w*|remov\w*"
_APP_SERVICE = re.compile(r"(?<![\w\-./])(?P<name>[a-z0-9][\w\-]*)\s+(?:micro)?service\b")
_CLAUSE_CUT = re.compile(r"[,;:.!?](?:\s|$)|\s[-\u2013\u2014]+\s")


def _app_called_service(ctx: Ctx, text: str) -> str:
    """``text`` with "service" blanked where a clause without a removal verb says it of a
    workload that has no Service of that name ("We've retired the old worker service; remove
    its deployment"): the word names the application, not an object to pick between. In the
    clause that deletes, and for a workload with such a Service, it stays as said."""
    start = 0
    out = text
    for cut in [*_CLAUSE_CUT.finditer(text), None]:
        end = cut.start() if cut else len(text)
        clause = text[start:end]
        if not rx(rf"\b(?:{REMOVE_VERBS}|{_VERB_WORDS})\b").search(clause):
            for m in _APP_SERVICE.finditer(clause):
                name = m.group("name")
                if ctx.get("Service", name) is None and ctx.workloads(name):
                    at = start + m.end("name")
                    out = out[:at] + " " * (start + m.end() - at) + out[start + m.end() :]
        start = cut.end() if cut else end
    return out


# A report said as a headline, a kind and a participle with no name: "service retired per
# CR-5521", "app sunset" — what the business service went through, never a Service to pick. (A
# participle that removes, "service deleted too", is not read so: it may ask for a delete.)
_TELEGRAPHIC = re.compile(
    rf"\s*(?:the\s+|our\s+|this\s+)?(?:{_KIND_ALTERNATIVES})\s+"
    r"(?!(?:deleted|removed|dropped|destroyed|purged|wiped|erased|killed|nuked|terminated|"
    r"uninstalled|decommissioned|scrapped)\b)(?:[a-z]+ed|sunset|gone|done|over|eol)\b"
    r"(?:\s+(?:per|in|by|under|since|as\s+of)\s+[\w.\-/#]+)?[\s.!]*$",
    re.I,
)


# Round 24 (gap B): what takes over the work of what is deleted, said after the delete as its
# reason ("tear down the checkout deployment, checkout is part of the customer web app
# (frontend) now", "…, its jobs moved into worker"): the workload named there takes over, none
# to delete or to pick from.
_TAKES_OVER = re.compile(
    r"\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|already\s+|since\s+)?"
    r"(?:part\s+of|merged\s+(?:in|into|with)|folded\s+into|absorbed\s+(?:in|into|by)|"
    r"handled\s+by|served\s+by|replaced\s+by|superseded\s+by|covered\s+by|done\s+by|built\s+into|"
    r"included\s+in|moved\s+(?:in|into|to))|(?:moved|merged|folded|went)\s+(?:in|into|to))\b",
    re.I,
)


_TEAR_DOWN = re.compile(r"\b(?:tear\w*\s+down|decommission\w*|destroy\w*|nuke)\b", re.I)


def _successors_blanked(ctx: Ctx, text: str) -> str:
    """``text`` with each clause blanked, after the removal verb's, that says what takes over
    the work of what is deleted (:data:`_TAKES_OVER`): no removal verb, no number, no kind —
    and only when what the verb deletes is named by a workload here ("delete the loyalty app,
    it moved to my-api" names nothing here: left for the question that names 'loyalty')."""
    verb = _REMOVE_VERB.search(text) or _TEAR_DOWN.search(text)
    if verb is None:
        return text
    out = text
    for a, b in statements.spans(text):
        clause = text[a:b]
        if (
            a > verb.end()
            and ctx.workloads(text[verb.start() : a])
            and _TAKES_OVER.search(clause)
            and not _REMOVE_VERB.search(clause)
            and not _TEAR_DOWN.search(clause)
            and not rx(r"\d").search(clause)
            and not KIND_WORDS.search(clause)
            and not rx(r"\b(?:too|also|as\s+well|either|and\s+then|then)\b", re.I).search(clause)
        ):
            # "… part of the customer web app (frontend) now": the name in parentheses after
            # it is the same successor's.
            aside = rx(r"\s*\([^()]*\)(?:\s+(?:now|already|instead))?").match(text, b)
            end = aside.end() if aside else b
            out = out[:a] + " " * (end - a) + out[end:]
    return out


def _kinds_of_facts(ctx: Ctx, text: str) -> str:
    """``text`` with each kind word blanked that a fact (:func:`statements.fact`) says of no
    object here ("delete the cache Deployment, the Go services talk to redis directly now": the
    services are the ones that use it, not one to pick). A kind said after the name of an object
    of the namespace ("the my-api service is not used, …") stays, asked as said."""
    out = text
    for a, b in statements.spans(text):
        if not statements.fact(text[a:b]) and not _TELEGRAPHIC.match(text, a, b):
            continue
        for m in KIND_WORDS.finditer(text, a, b):
            before = rx(r"[a-z0-9][\w\-]*").findall(text[a : m.start()])
            name = before[-1] if before else ""
            if name and _names_workload(ctx, name):
                continue
            if name and ctx.get(KINDS[m.group(2)][1], name) is not None:
                continue
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


# A fact whose subject is said before its verb, the pods coming after it as its object:
# "haproxy talks to the pods directly now", "the LB hits the replicas by IP".
_SUBJECT_THEN_VERB = re.compile(
    r"^\s*(?:(?:the|our|their|a|an)\s+)?[a-z0-9][\w\-]*\s+(?:now\s+|just\s+|already\s+)?"
    r"(?:[a-z]+s|[a-z]+ed)\b",
    re.I,
)


_PODS_STAY = re.compile(
    r"\W*(?:(?:and|but|while)\s+)?(?:the|its|their)\s+(?:pods?|replicas?|deployment|workload)\s+"
    r"(?:stays?|remains?|must\s+stay|should\s+stay|are\s+kept|is\s+kept|keeps?\s+running|"
    r"stays?\s+(?:up|running))\b",
    re.I,
)


def _parts_of_others(text: str) -> str:
    """``text`` with each fact blanked that says the pods as the object of another thing's
    verb ("delete the payments Service, haproxy talks to the pods directly now"): how traffic
    reaches them, no pods to delete. A fact whose subject is the pods ("its pods are stuck",
    "worker's pods are wedged") stays read, and asked."""
    out = text
    # "delete the frontend Service only, the pods stay": beside an object of another kind
    # than a workload, the pods said to stay are what the delete keeps, no pods to delete.
    other_kind = any(not m.group(1) for m in KIND_WORDS.finditer(text)) and not any(
        rx(rf"\b(?:{w})\b", re.I).search(text) for w in _WORKLOAD_WORDS.values()
    )
    for a, b in statements.spans(text):
        clause = text[a:b]
        if other_kind and _PODS_STAY.match(clause):
            out = out[:a] + " " * (b - a) + out[b:]
            continue
        said = _PARTS.search(clause)
        verb = _SUBJECT_THEN_VERB.match(clause)
        if said and verb and verb.end() <= said.start() and statements.fact(clause):
            out = out[:a] + " " * (b - a) + out[b:]
    return out


# The word before a kind that only points back at one said before: "the Service", "that svc".
_BACK_REFERENCE = re.compile(r"(?:\bthe|\bthat|\bthis)\s+$", re.I)


def _restated(text: str, second: re.Match[str]) -> tuple[int, int] | None:
    """Where brackets restate the object said right before them by its kind and name ("the
    payments service (svc payments)", "the service of payments (svc/payments)"), else None."""
    opened = rx(r"\(\s*$").search(text, 0, second.start())
    closed = rx(r"\s*/?\s*([a-z0-9][\w\-]*)\s*\)", re.I).match(text, second.end())
    if opened is None or closed is None:
        return None
    phrase = rx(r"[^,;.!?()]{0,60}$").search(text, 0, opened.start())
    name = rx(rf"(?<![\w\-]){re.escape(closed.group(1))}(?![\w\-])", re.I)
    if phrase is None or not name.search(phrase.group(0)):
        return None
    return opened.start(), closed.end()


def _said_again(text: str) -> str:
    """``text`` with each mention of a kind blanked that points back at the one object of that
    kind said before it ("The client no longer calls the frontend Service directly … Remove the
    Service only"): the same Service, not a second one. Two kinds, or a second mention with a
    name of its own ("the frontend service and the payments service"), stay: two objects."""
    kinds = [m for m in KIND_WORDS.finditer(text) if not m.group(1)]
    if len(kinds) < 2 or len({KINDS[m.group(2).lower()][1] for m in kinds}) != 1:
        return text
    if len(kinds) == 2 and (restated := _restated(text, kinds[1])):
        # Round 30 (gap33a): "the service of premium payments (svc payments)": the kind and
        # the name said before, restated in brackets — the same object.
        a, b = restated
        return text[:a] + " " * (b - a) + text[b:]
    if not all(_BACK_REFERENCE.search(text[: m.start()]) for m in kinds[1:]):
        return text
    out = text
    for m in kinds[1:]:
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def _names_workload(ctx: Ctx, word: str) -> bool:
    try:
        return bool(ctx.workloads(word))
    except Clarify:
        return True


def _delete(ctx: Ctx, kept_objects: set[str]) -> PlanResult:
    rest, kept, kept_kinds = _kept_objects(ctx, ctx.text)
    kept_objects |= kept | {f"kind:{k}" for k in kept_kinds}
    if kept or kept_kinds:
        # The words as said (capitals name variables), less the clause that keeps.
        ctx = ctx.narrowed(ctx.raw[: len(rest)] if len(ctx.raw) == len(ctx.text) else rest)
    if used := _STILL_USED.search(ctx.text):
        # "delete worker, frontend is still using it": never a list of two workloads to delete.
        raise Clarify(
            f"You said {used.group('said').strip()!r}: what is deleted here is still in use. "
            "Should it go anyway? If so, ask for the delete alone; if something else should "
            "stay, say e.g. 'shared-config stays'."
        )
    if setting := _setting(ctx):
        if _reported_setting(ctx, setting):
            # "delete orders, I moved QUEUE into shared-config": a key of the namespace said in
            # the reason, neither the key to remove nor only context — asked.
            raise Clarify(
                f"You named {setting!r} in what you said about the delete, and it is a key or "
                "variable here. Should I delete the object only, or change that setting? Ask for "
                "one on its own."
            )
        # "get rid of the QUEUE variable in orders" removes a setting: a delete of the
        # workload (or anything else) would destroy far more than was asked.
        if config.REMOVES.search(ctx.text) and _env_of_the_one_named(ctx, setting):
            # "FEATURE_FLAG is not used by frontend anymore, take it out of the environment":
            # the variable of the one workload named is removed from it, nothing else.
            return config.config(ctx)
        if _FIELD_SAID.fullmatch(setting):
            raise Clarify(
                f"I read {setting!r} as one field of an object: I do not take a single field "
                "out here, and deleting the object would remove all of it, so I changed nothing. "
                f"Say the value it should have instead (e.g. 'set {setting} of <kind> <name> to "
                "<value>'), or 'delete <kind> <name>' for the whole object."
            )
        raise Clarify(
            f"I read {setting!r} as a variable, key or field, not an object to delete. To remove "
            "an env var say 'remove env NAME from <workload>'; a ConfigMap key, 'remove the NAME "
            "key from <configmap>'. To delete an object, name its kind and name."
        )
    if (
        not KIND_WORDS.search(ctx.text)
        and (part := parts.removal(ctx, _asked(ctx, _kept_objects(ctx, ctx.text)[0]))) is not None
    ):
        # "remove the envoy sidecar from orders": a part of the workload, never the workload
        # ("remove the HPA on my-api" names an object of its own: deleted below, alone).
        return part
    _removed_from_something(ctx)
    if m := _POINTED_AT.search(ctx.text):
        raise Clarify(
            f"I read {m.group(0)!r}: what that object points at, not the object itself, and I "
            "will not guess which workload that is. Name what to delete with its kind (e.g. "
            "'delete deployment <name>'), or the object itself (e.g. 'delete service <name>')."
        )
    if m := _PARTS.search(KIND_WORDS.sub(" ", _parts_of_others(ctx.text))):
        # "delete the pods of worker" is a restart or a scale-down, never the workload itself.
        raise Clarify(
            f"Delete the {m.group(1)} only, or the workload? Say 'restart …' to replace its "
            "pods, 'scale … to N' to run fewer, or 'delete <workload>' to delete it."
        )
    text, kept_kinds, kept_names = _kept(ctx.text)
    kept_objects |= _kept_names(ctx, kept_names)
    text = _app_called_service(ctx, text)
    # "… moved to a managed service": a kind said after an indefinite article names no object
    # here, nothing to delete.
    text = _INDEFINITE_KIND.sub(" ", text)
    text = _kinds_of_facts(ctx, text)
    text = _successors_blanked(ctx, text)
    _every_item_read(text)
    alone = bool(_ALONE.search(text))
    text = rx(r"\s+(?:alone|only)\b|\bonly\s+(?=the\b)").sub("", text)
    text = _said_again(text)
    kinds = list(KIND_WORDS.finditer(text))
    named = [m for m in kinds if not m.group(1)]
    if (
        len(kinds) == 1
        and rx(rf"\b(?:{REMOVE_VERBS})\s+(?:only\s+)?$").search(text[: kinds[0].start()])
        and kinds[0].group(1) in ("its", "their")
    ):
        # "the payments deployment is deprecated, delete its service": the verb takes the
        # service alone ("delete payments with its service" takes both).
        named = kinds
    if named:
        if len(kinds) > 1:
            raise Clarify(
                f"That names {len(kinds)} objects to delete "
                f"({', '.join(repr(m.group(0)) for m in kinds)}): one per request, please."
            )
        clauses = rx(r"[,;:.!?]\s|\s[-\u2013\u2014]+\s").split(text)
        if (workload_kinds := _workload_kinds(text)) and not any(
            _workload_kinds(c) and KIND_WORDS.search(c) for c in clauses
        ):
            # "the my-api service is not used, remove the deployment": two kinds, each said in
            # a clause of its own, and which one goes is not for the planner to pick.
            raise Clarify(
                f"That names a {named[0].group(2)} and a {sorted(workload_kinds)[0]}: which "
                "should be deleted? Say 'delete <kind> <name>' for the one that goes."
            )
        return _with_listed_object(
            ctx, text, _named_object(ctx, named[0].group(2), frozenset(kept_objects)), kept_objects
        )
    # "remove orders along with its pdb and its configmap": what belongs to it of the kinds
    # listed, and nothing else ("… and everything that belongs to it" is the whole stack).
    listed_kinds = {KINDS[m.group(2)][1] for m in kinds if m.group(1)}
    only = listed_kinds if listed_kinds and not _WHOLE.search(text) else None
    if _workload_kinds(text) and not kinds and not _STACK.search(text):
        # "delete the worker and payments deployments": the kind said is what goes, as with
        # `kubectl delete deployment …` — a Service or ConfigMap was not named, so it stays.
        alone = True
    asked = _asked(ctx, text)
    if (part := parts.removal(ctx, asked)) is not None:
        # Read again without the kept kinds: "remove envoy from orders but keep its service".
        return part
    each = _each_item(ctx, asked)
    workloads = each or ctx.workloads(asked)
    if workloads and (noun := _said_of(asked, [t.name for t, _ in workloads])):
        # "delete the errors of payments": something of the workload's, never the workload.
        raise Clarify(
            f"I read {noun!r} said of {workloads[0][0].describe()}, not the workload itself: "
            "nothing is deleted for it. Name the object to delete by its kind and name (e.g. "
            f"'delete configmap {workloads[0][0].name}-config'), or ask 'delete "
            f"{workloads[0][0].name}' alone to delete the workload."
        )
    if workloads and (unknown := _unknown_said(ctx, text)):
        # "delete the old loyalty-v1 deployment, the loyalty app moved to my-api": what the
        # order names does not exist, and the workload found is one a reason named.
        raise Clarify(
            f"You asked to delete {unknown!r}, but nothing in namespace {ctx.namespace!r} is "
            f"called that (I found {', '.join(sorted(t.name for t, _ in workloads))} only where "
            "you gave the reason). Nothing is deleted: name the workload exactly, e.g. "
            "'delete deployment/<name>'."
        )
    if not workloads and (kinds_named := kinds_said(text)):
        # "delete the redis statefulset": the one of that kind whose main container runs it.
        workloads = ctx.narrowed(asked if asked != ctx.text else text, refinements=False).running(
            kinds_named
        )
    # "the deployment, its service and payments-config": an object named beside it goes too.
    named_beside = _named_objects(ctx, asked, workloads) if workloads else set()
    if not workloads:
        if unknown := _unknown_said(ctx, text):
            raise Clarify(
                f"Nothing in namespace {ctx.namespace!r} is called {unknown!r}: nothing is "
                "deleted. Name the workload exactly (a Deployment, StatefulSet or DaemonSet "
                f"in {ctx.namespace!r}), or run this in the namespace where {unknown!r} is."
            )
        what = "everything" if _ALL.search(ctx.text) else "that"
        raise Clarify(
            f"I will not guess what to delete: which workload do you mean by {what!r}? "
            f"Name it (a Deployment, StatefulSet or DaemonSet in {ctx.namespace!r})."
        )
    if len(workloads) > 1 and not each and (said := _workload_kinds(text)) and len(said) == 1:
        # "the cache deployment" where a StatefulSet is also called cache: the kind said (a
        # workload of another name stays: "drop the cache sts and also worker").
        names = [t.name for t, _ in workloads]
        shared = {n for n in names if names.count(n) > 1}
        if all(_kind_beside(text, name) for name in shared):
            # Only when each such name is said with its kind: in "drop the redis sts and the
            # cache proxy" the kind is redis's, and dropping the cache Deployment for it would
            # leave out what was named (then asked, below).
            workloads = [w for w in workloads if w[0].kind in said or w[0].name not in shared]
    if (
        len(workloads) > 1
        and (said_kinds := _workload_kinds(text))
        and len(said_kinds) == 1
        and _PLURAL_KIND.search(text)
        and (other := [t for t, _ in workloads if t.kind not in said_kinds])
    ):
        # Round 19 (attack 22): "delete the worker and postgres deployments" where postgres is a
        # StatefulSet: the kind said for the list is not the kind of every one, so which
        # objects go is not what was said. Asked, never deleted as another kind.
        raise Clarify(
            f"You said {next(iter(said_kinds)).lower()}s, but "
            f"{', '.join(t.describe() for t in other)} is not one. Delete each by its kind, "
            "e.g. 'delete deployment/worker' and 'delete statefulset/postgres'."
        )
    if len(workloads) > 1:
        from dotop_nb.planner.offline import compound  # noqa: PLC0415 - compound reads the registry

        listed = compound.listed(ctx, text) or _each_item(ctx, text)
        if not listed and _a_list(text, [t.name for t, _ in workloads]):
            listed = workloads  # "the cache sts and also worker": one of each name, listed
        if (
            len(listed) != len(workloads)
            or _a_subject(text, [t.name for t, _ in listed])
            # (Round 27: "delete frontend / checkout", "frontend+checkout": a mark between two
            # names may say "or"; a list to delete is said with words, or asked.)
            or rx(r"[\w\-]\s*[/+&]\s*[\w\-]").search(_KIND_SLASH.sub(" ", text))
        ):
            raise Clarify(
                "Delete which one: "
                + ", ".join(t.describe() for t, _ in workloads)
                + "? Name one workload per request."
            )
        # "delete worker and checkout": each named workload with what belongs to it, whole.
        return _with_named(
            named_beside,
            compound.merge(
                [
                    _stack(ctx, t, o, kept_kinds, alone=alone, only=only, named=named_beside)
                    for t, o in listed
                ]
            ),
        )
    target, obj = workloads[0]
    return _with_named(
        named_beside,
        _stack(ctx, target, obj, kept_kinds, alone=alone, only=only, named=named_beside),
    )


# A clause that says where something went or lives ("we merged it into my-api", "sessions
# live in postgres now", "it was folded into payments"): the place named, and the verbs that
# would make it a doubt about the delete instead ("frontend still talks to it").
_PLACE = re.compile(
    r"\b(?:into|in|to|onto|inside|under|over\s+to)\s+(?:the\s+|our\s+)?(?P<name>[a-z0-9][\w\-]*)"
)
_DEPENDS = re.compile(
    r"\b(?:still|uses?|using|used|calls?|calling|depends?|depending|needs?|talks?|talking|"
    r"reads?|writes?|sends?|relies|rely|points?|pointing|hits?|queries|connects?|"
    r"keep|keeps|stays?|leave|don'?t|do\s+not|never|not|no|before|after|until|once|when|if)\b"
)


def _without_destinations(ctx: Ctx, text: str) -> str:
    """``text`` without the clauses that only say where something went or lives, when what is
    left names what goes (by name, or by its kind and what it runs).

    Rule: in a delete whose own clause names its object, a workload named only as the place
    something moved to or lives in ("delete the checkout deployment, we merged it into my-api",
    "delete the redis statefulset, sessions live in postgres now") is the reason's, never
    deleted. A clause that says something still depends on it, or a keep, a time or a
    condition, is read as said."""
    found = statements.spans(text)
    places = []
    for a, b in found:
        clause = text[a:b]
        if _DELETES_IN.search(clause) or _DEPENDS.search(clause):
            continue
        if any(ctx.workloads(m.group("name")) for m in _PLACE.finditer(clause)):
            places.append((a, b))
    if not places or len(places) == len(found):
        return text
    rest = "".join(text[a:b] + " " for a, b in found if (a, b) not in places).strip(" ,;:.")
    if not _DELETES_IN.search(rest):
        return text
    try:
        kinds = kinds_said(rest)
        if ctx.workloads(rest) or (
            kinds and len(ctx.narrowed(rest, refinements=False).running(kinds)) == 1
        ):
            return rest
    except Clarify:
        pass
    return text


_DELETES_IN = re.compile(
    rf"\b(?:{REMOVE_VERBS}|{_VERB_WORDS}|drop|nuke|scrap|get\s+rid\s+of|decommission)\b"
)


# The object a delete names first: "delete the old loyalty-v1 deployment", "remove legacy-api".
# A name said as a name: with a hyphen, a dot, an underscore or a digit in it, or before a kind.
_SAID_OBJECT = re.compile(
    rf"(?<![\w\-])(?:{REMOVE_VERBS}|destroy|decommission|tear\s+down|retire)\s+"
    r"(?:(?:the|that|this|our|my)\s+)?"
    r"(?:(?:old|older|legacy|unused|stale|dead|former|obsolete|deprecated|retired)\s+)*"
    r"(?P<name>[a-z][a-z0-9]*(?:[\-_.][a-z0-9]+)+|[a-z]+\d[a-z0-9]*|"
    # a word before a kind, unless it counts or describes ("all deployments", "both", "idle")
    r"(?!(?:all|every|both|any|each|these|those|them|other|others|remaining|extra|empty|broken|"
    r"failed|failing|crashing|idle|orphaned|duplicate|unneeded|spare|one|two|three|four|five|"
    r"its|their|a|an|some|new|newer|whole|entire|the|that|this|our|my|your)\s)[a-z][a-z0-9]*(?=\s+"
    r"(?:deployment|deploy|statefulset|sts|daemonset|ds)s?\b))(?![\w\-])",
    re.I,
)


# What a delete may say it takes "of" a workload: the workload by its kind, its stack, its
# objects by their kinds, its pods (asked by the parts rule).
_OF_WORKLOAD = re.compile(
    r"(?:deploy(?:ment)?|statefulset|sts|daemonset|ds|app(?:lication)?|workload|stack|rest|"
    r"everything|whole|objects?|resources?|things|pods?|replicas?|instances?|containers?|"
    r"copy|copies|version|release)s?"
)


# Round 28 (attack 32): what the removal verb takes is a noun said TO or FOR a workload
# ("remove access to payments", "remove half the traffic to checkout", "get rid of write access
# for postgres"): a thing removed to a workload is never the workload. A few words may stand
# between the verb and the noun, none of them a name or a word that ends the phrase.
_SAID_TO = (
    rf"\b(?:{REMOVE_VERBS}|{_VERB_WORDS}|drop|nuke|scrap|get\s+rid\s+of)\s+"
    # (A relative clause or a participle — "the app that talks to postgres", "the thing paging
    # for payments", "the deployment bound to postgres" — is objphrase's and anteced's, whose
    # questions name the neighbour: r26_objects, r26_antec, r27_objects.)
    r"(?P<words>(?:(?!(?:and|then|or|but|so|to|for|from|with|also|alone|only|that|which|who|"
    r"whom|whose|what|whatever|whichever)\b)[\w%\-]+\s+)"
    r"{0,3}?)(?P<n>(?![a-z][\w\-]*ing\b|(?:bound|connected|attached|linked|tied|wired|related|"
    r"culprit|cause)\b)[a-z][\w\-]*)\s+(?:to|for|of|towards|into|onto)\s+(?:the\s+)?"
)


def _said_of(text: str, names: list[str]) -> str | None:
    """The noun a delete says "of" a workload it names when that noun is no kind of object
    ("delete the errors of payments"), or said "to" or "for" it right after the verb ("remove
    access to payments", :data:`_SAID_TO`), or None."""
    for name in names:
        m = rx(rf"{_SAID_TO}{re.escape(name)}(?![\w\-])", re.I).search(text)
        if m is not None and not (
            set(m.group("words").lower().split()) & {n.lower() for n in names}
            or m.group("n").lower() in {n.lower() for n in names}
            or _OF_WORKLOAD.fullmatch(m.group("n").lower())
            or KIND_WORDS.search(f"{m.group('words')}{m.group('n')}".lower())
            or m.group("n").lower() in ("all", "any", "each", "both", "it", "them", "that", "this")
        ):
            # The whole object as said ("the app that talks to postgres"), so the question
            # names what was not understood (r26_objects).
            return text[m.start("words") : m.end()]
        m = rx(
            r"\b(?:the|its|their|all|any|those|these)\s+(?:[a-z][\w\-]*\s+)?(?P<n>[a-z][\w\-]*)"
            rf"\s+of\s+(?:the\s+)?{re.escape(name)}(?![\w\-])",
            re.I,
        ).search(text)
        if m is None:
            continue
        noun = m.group("n").lower()
        if _OF_WORKLOAD.fullmatch(noun) or KIND_WORDS.fullmatch(noun):
            continue
        return noun
    return None


# (Never after a kind said with the name, "the loyalty-v1 deployment (cache)": a name claimed.)
_NICKNAMED = re.compile(
    r"(?:\s+(?!(?:deployment|deploy|statefulset|sts|daemonset|ds)s?\b)[a-z][\w\-]*){0,2}"
    r"\s*\(\s*(?:the\s+)?"
    r"(?:(?:deployment|deploy|statefulset|sts|daemonset|ds)(?:/|\s+))?"
    r"(?P<name>[a-z0-9][\w\-]*)(?:\s+(?:deployment|statefulset|daemonset))?\s*\)",
    re.I,
)


def _unknown_said(ctx: Ctx, text: str) -> str | None:
    """The name the delete's own object is said by, when no object of the namespace is
    called that and no workload runs it (its containers' names and images); None otherwise."""
    m = _SAID_OBJECT.search(text)
    if m is None:
        return None
    name = m.group("name").lower()
    known: set[str] = set()
    for kind in WORKLOAD_KINDS:
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace):
            known.add(str(obj["metadata"]["name"]).lower())
            known.update(w.lower() for w in what_runs(obj))
    if name in known or any(name in {f"{k}s", f"{k}es"} for k in known):
        return None
    # Round 31 (gap34b): "delete the stage-map proxy (deploy/cache)": a nickname with the
    # workload's own name in brackets right after it names that workload.
    if (beside := _NICKNAMED.match(text, m.end())) and beside["name"].lower() in known:
        return None
    for api, kind in set(KINDS.values()):
        if ctx.get(kind, name, api) is not None:
            return None
    return m.group("name")


def _asked(ctx: Ctx, text: str) -> str:
    """``text`` without its clauses that say how things are (:func:`.statements.fact`), when
    what is left still names a workload: a reason lends the delete no target ("delete checkout,
    it was folded into payments last quarter" deletes checkout alone). When only a fact names
    one ("checkout is unused, delete it"), ``text`` is read whole; so it is when a fact speaks
    of what goes after its first word ("…, frontend still talks to it", "…, frontend still
    uses worker"): a doubt about the delete, never its reason."""
    text = _without_destinations(ctx, text)
    found = statements.spans(text)
    facts = [(a, b) for a, b in found if statements.fact(text[a:b])]
    if not facts or len(facts) == len(found):
        return text
    pieces: list[str] = []
    for a, b in found:
        if (a, b) in facts:
            continue
        after = [c for c, _ in found if c >= b]
        pieces.append(text[a : after[0]] if after else text[a:b])
    rest = "".join(pieces).strip(" ,;:.")
    try:
        named = {t.name for t, _ in ctx.workloads(rest)}
    except Clarify:
        return text
    if not named and len(facts) == 1 and rx(r"\b(?:it|them|this|that)\b").search(rest):
        # "the worker deployment has been idle since we moved jobs into my-api, tear it down":
        # "it" is the fact's subject (statements.subject), never what its cause names.
        fact = text[facts[0][0] : facts[0][1]]
        said = statements.subject(fact)
        between = fact[len(said) : len(fact) - len(statements.cause(fact))]
        try:
            own = {t.name for t, _ in ctx.workloads(said)} if said.strip() else set()
            if own and between.strip() and ctx.workloads(between):
                own = set()  # (every other name said in the fact's cause alone)
        except Clarify:
            own = set()
        if len(own) == 1:
            return f"{said.strip()}, {rest}"
    pointing = r"it|them|this|that|those|these|" + "|".join(map(re.escape, sorted(named)))
    if not named or any(rx(rf"\s(?:{pointing})(?![\w\-])").search(text[a:b]) for a, b in facts):
        return text
    # "delete worker, nobody uses checkout anymore": a fact about another workload, not said of
    # what goes ("it was folded into payments" is), may say which one was meant: read whole.
    subject = rx(rf"^(?:the\s+)?(?:{pointing}|its|they|their)(?![\w\-])", re.I)
    for a, b in facts:
        if subject.match(text[a:b]):
            continue
        try:
            others = {t.name for t, _ in ctx.workloads(text[a:b])} - named
        except Clarify:
            return text
        if others:
            return text
    return rest


# The verb that opens a delete, and the words that join the items of its list.
_OPENING = re.compile(
    rf"^\W*(?:(?:please|pls|plz|just|now|then|go ahead and|kindly)\s+)*(?:{REMOVE_VERBS}|"
    r"destroy|decommission|tear\s+down|retire)\s+"
)
_LIST_JOIN = re.compile(
    r"\s*,\s*(?:and\s+)?(?:also\s+)?|\s+(?:and|plus|as\s+well\s+as|&)\s+(?:also\s+)?"
)


def _kind_beside(text: str, name: str) -> bool:
    """Whether every time ``name`` is said, a workload kind is said right before or after it
    ("the cache deployment", "statefulset cache"), or after one word that says what it runs
    ("the cache proxy deployment"; never a list's joint: "cache and postgres statefulsets")."""
    kinds = "|".join(_WORKLOAD_WORDS.values())
    said = list(rx(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])").finditer(text))
    return (
        bool(said)
        and all(
            rx(
                rf"(?:\s+(?!(?:and|or|nor|plus|then|also|with)\b)[a-z0-9][\w\-]*)?\s+(?:{kinds})\b"
            ).match(text[m.end() :])
            # ("statefulset/cache", "sts/cache": the kind as kubectl writes it before the name.)
            or rx(rf"\b(?:{kinds})(?:\s+|/)$").search(text[: m.start()])
            for m in said
        )
    )


def _each_item(ctx: Ctx, text: str) -> list[tuple[Target, Json]]:
    """The workloads of a delete's list read item by item, when each item names exactly one
    and they differ: "drop the redis sts and also the cache proxy" is the StatefulSet that runs
    redis and the Deployment whose container is the proxy, though both are called cache (read
    whole, the name "cache" is two objects). [] when any item names none, or several."""
    opening = _OPENING.match(text)
    if opening is None:
        return []
    items = [i for i in _LIST_JOIN.split(text[opening.end() :].strip(" .!")) if i.strip()]
    if len(items) < 2:
        return []
    found: dict[str, tuple[Target, Json]] = {}
    for item in items:
        said = _workload_kinds(item)
        try:
            named = [(t, o) for t, o in ctx.workloads(item) if not said or t.kind in said]
        except Clarify:
            return []
        if not named and said:
            # "the redis sts": the one of that kind whose main container runs it.
            named = ctx.narrowed(item, refinements=False).running(sorted(said))
        if len(named) != 1 or named[0][0].key in found:
            return []
        found[named[0][0].key] = named[0]
    return list(found.values())


def _named_objects(ctx: Ctx, text: str, workloads: list[tuple[Target, Json]]) -> set[str]:
    """Keys of the objects (no workload) named beside the workloads to delete: "its service and
    payments-config" names the ConfigMap ``payments-config``."""
    said = {t.name for t, _ in workloads} | {ctx.namespace}
    return {
        f"{kind.lower()}/{name}"
        for name in ctx.candidates(text)
        if name not in said and not ctx.workloads(name)
        for api_version, kind in {*KINDS.values(), ("v1", "Secret")}
        if ctx.get(kind, name, api_version) is not None
    }


# Words that join one more object to a delete's list ("…, together with the orders pdb", "…
# and orders-config"), or its verb itself ("delete orders-config, together with …").
_JOINED_BEFORE = re.compile(
    rf"(?:\b(?:{REMOVE_VERBS})|,|\band|&|\bplus|\b(?:together|along)\s+with|\bas\s+well\s+as)"
    r"\s+(?:(?:the|also)\s+)?(?:(?:configmap|config\s+map|cm|secret|service|svc)\s+)?$"
)


# What stays, said after a name in its sentence ("orders-config stays", "… are kept as is").
# The words of a keep: "stays", "is kept", "untouched", "as it is".
_KEEP_WORDS = (
    r"\b(?:stays?|remains?|kept|keeps?|untouched|alone|intact|unchanged|"
    r"as\s+(?:it|they)\s+(?:is|are))\b"
)
_KEPT_AFTER = re.compile(rf"[^.;!?]*?{_KEEP_WORDS}")


# One more object that stays, closing a keep ("orders stays, orders-config also", "orders stays
# and orders-config too"): the keep's word before it in its sentence.
_KEPT_TOO = re.compile(r"[\w\-.]+\s*,?\s*(?:too|also|as\s+well)\b")
_KEPT_BEFORE = re.compile(rf"{_KEEP_WORDS}[^.;!?]*$")


def _with_listed_object(
    ctx: Ctx, text: str, plan: PlanResult, kept_objects: set[str]
) -> PlanResult:
    """Round 34 (a38b): ``plan`` (the one object of the kind said) with each other object the
    request names by its own name, each read as if asked alone ("delete orders-config, together
    with the orders pdb": a ConfigMap a workload still reads is asked as it would be alone).
    Before, the object said by its name alone was dropped silently. One said outside the
    delete's list (a reason, a fact) is asked, never deleted on a guess."""
    planned = {op.target.ref for op in plan.operations}
    for op in plan.operations:
        # Round 39 (oa44, attack44): "tear down frontend plus frontend Service": the name said
        # alone before the one said with its kind is another object of that name (the
        # workload), never the same one twice — asked, never left out silently.
        name = re.escape(op.target.name)
        if rx(
            rf"(?<![\w\-.]){name}\s+(?:plus|and|with|along\s+with|together\s+with|as\s+well\s+as|"
            rf"&|\+)\s+(?:the\s+|its\s+)?{name}\s+[a-z]",
            re.I,
        ).search(text):
            raise Clarify(
                f"You named {op.target.name!r} twice, once with its kind "
                f"({op.target.describe()}) and once alone: should another object of that name "
                "(the workload) go too? Ask for one deletion at a time, by its kind and name, e.g. "
                f"'delete deployment {op.target.name}'."
            )
    beside = sorted(_named_objects(ctx, text, []) - planned - kept_objects)
    if not beside:
        return plan
    results = [plan]
    lowered = text.lower()
    for key in beside:
        kind, _, name = key.partition("/")
        word = next((w for w, (_, k) in KINDS.items() if k.lower() == kind), None)
        at = [m.start() for m in rx(rf"(?<![\w\-.]){re.escape(name)}(?![\w\-])").finditer(lowered)]
        if len(at) == 1 and (
            _KEPT_AFTER.match(lowered, at[0] + len(name))
            or (_KEPT_TOO.match(lowered, at[0]) and _KEPT_BEFORE.search(lowered[: at[0]]))
        ):
            continue  # "… orders and orders-config stay exactly as they are": what stays
        if word is None or len(at) != 1 or not _JOINED_BEFORE.search(lowered[: at[0]]):
            raise Clarify(
                f"You named {key!r} beside {plan.operations[0].target.describe()} to delete: "
                "should it go too? Ask for each deletion by its kind and name, e.g. 'delete "
                f"{kind} {name}'."
            )
        results.append(_named_object(ctx.narrowed(name, refinements=False), word))
    from dotop_nb.planner.offline import compound  # noqa: PLC0415 - compound reads the registry

    return compound.merge(results)


def _with_named(named: set[str], plan: PlanResult) -> PlanResult:
    """``plan``, when every object named beside the workload is in it; asks otherwise: an
    object said to go is never left out silently (nor deleted when other workloads use it)."""
    planned = {op.target.ref for op in plan.operations}
    if left := sorted(named - planned):
        raise Clarify(
            f"You named {left[0]!r} to delete, but it does not belong only to "
            "what is deleted here (another workload uses it, or it is not the workload's own), so "
            "the plan would leave it. Delete it in a request of its own, or leave it out."
        )
    return plan


# A verb right after a name: the workload is the subject of a clause ("delete worker, frontend
# still talks to it"), never one more item of the list to delete.
_SUBJECT_VERB = re.compile(
    r"\s+(?:still|also|now|really|definitely|only|just)?\s*(?:is|are|was|were|has|have|had|does|"
    r"do|did|doesn'?t|don'?t|didn'?t|isn'?t|can|could|will|would|should|must|may|might|uses?|needs?|"
    r"calls?|talks?|reads?|depends?|relies|keeps?|runs?|serves?|sends?|hits?|consumes?|"
    r"stays?|remains?)\b"
)


def _a_subject(text: str, names: list[str]) -> bool:
    """Whether one of ``names`` is said as the subject of a verb in ``text``."""
    return any(
        _SUBJECT_VERB.match(text, m.end())
        for name in names
        for m in rx(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])").finditer(text)
    )


def _a_list(text: str, names: list[str]) -> bool:
    """Whether ``names`` (each once) are said as a list: only list words, "also" and workload
    kinds between them ("drop the cache sts and also worker")."""
    if len(set(names)) != len(names):
        return False
    kinds = "|".join(_WORKLOAD_WORDS.values())
    spans = []
    for name in names:
        m = rx(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])").search(text)
        if m is None:
            return False
        spans.append((m.start(), m.end()))
    spans.sort()
    between = rf"(?:\s+(?:{kinds}))?\s*,?\s*(?:and|plus|as well as)?\s*(?:also\s+)?(?:the\s+)?"
    return all(
        rx(between).fullmatch(text[end:start]) for (_, end), (start, _) in itertools.pairwise(spans)
    )


def _stack(
    ctx: Ctx,
    target: Target,
    obj: Json,
    kept_kinds: set[str],
    *,
    alone: bool,
    only: set[str] | None = None,
    named: set[str] | None = None,
) -> PlanResult:
    """Delete ``target`` with what belongs to it, less the kinds kept (all of them ``alone``;
    with ``only``, just the kinds listed)."""
    labels = pod_labels(obj)
    ns = ctx.namespace
    dependents: list[tuple[Target, str]] = []

    others = [
        w
        for kind in ("Deployment", "StatefulSet", "DaemonSet", "CronJob")
        for w in ctx.cluster.list_objects("batch/v1" if kind == "CronJob" else "apps/v1", kind, ns)
        if not (w["kind"] == target.kind and w["metadata"]["name"] == target.name)
    ]

    for svc in ctx.cluster.list_objects("v1", "Service", ns):
        sel = (svc.get("spec") or {}).get("selector") or {}
        if _matches(sel, labels) and not any(_matches(sel, pod_labels(o)) for o in others):
            dependents.append((Target.of(svc), "selects only its pods"))
    for api_version, kind in (
        ("autoscaling/v2", "HorizontalPodAutoscaler"),
        ("keda.sh/v1alpha1", "ScaledObject"),
    ):
        for item in ctx.cluster.list_objects(api_version, kind, ns):
            ref = (item.get("spec") or {}).get("scaleTargetRef") or {}
            if ref.get("name") == target.name and ref.get("kind", "Deployment") == target.kind:
                dependents.append((Target.of(item), "scales it"))
    for api_version, kind in (
        ("policy/v1", "PodDisruptionBudget"),
        ("networking.k8s.io/v1", "NetworkPolicy"),
        ("monitoring.coreos.com/v1", "PodMonitor"),
    ):
        for item in ctx.cluster.list_objects(api_version, kind, ns):
            spec = item.get("spec") or {}
            sel = (spec.get("selector") or spec.get("podSelector") or {}).get("matchLabels") or {}
            if _matches(sel, labels) and not any(_matches(sel, pod_labels(o)) for o in others):
                dependents.append((Target.of(item), "selects only its pods"))
    service_names = {d.name for d, _ in dependents if d.kind == "Service"}
    for item in ctx.cluster.list_objects("monitoring.coreos.com/v1", "ServiceMonitor", ns):
        if item["metadata"]["name"] in service_names or item["metadata"]["name"] == target.name:
            dependents.append((Target.of(item), "monitors it"))

    used_by_others: set[tuple[str, str]] = set()
    for other in others:
        used_by_others |= _references(other)
    app = labels.get("app") or selector(obj).get("app")
    config: list[tuple[Target, str]] = []
    for kind, name in sorted(_references(obj)):
        if not name or (kind, name) in used_by_others:
            continue
        found = ctx.get(kind, name)
        if found is None:
            continue
        own = (found["metadata"].get("labels") or {}).get("app")
        if own == app or name.startswith(f"{target.name}-"):
            config.append((Target(kind=kind, name=name, namespace=ns), "used only by it"))

    kept = []
    if target.kind == "StatefulSet":
        for pvc in ctx.cluster.list_objects("v1", "PersistentVolumeClaim", ns):
            if _matches(selector(obj), pvc["metadata"].get("labels") or {}):
                kept.append(pvc["metadata"]["name"])
    if alone:
        # "delete the cart deployment alone" (or `kubectl delete deployment cart`): that object.
        kept_kinds |= {d.kind for d, _ in dependents} | {c.kind for c, _ in config}
    named = named or set()
    # "delete orders; the pdb must not go": what belongs to it but was said to stay, listed.
    spared = [
        t.describe()
        for t, _ in [*dependents, *config]
        if t.kind in kept_kinds and t.ref not in named and not alone
    ]
    dependents = [(d, why) for d, why in dependents if d.kind not in kept_kinds or d.ref in named]
    config = [(c, why) for c, why in config if c.kind not in kept_kinds or c.ref in named]
    missing: list[str] = []
    if only is not None:
        dependents = [(d, why) for d, why in dependents if d.kind in only or d.ref in named]
        config = [(c, why) for c, why in config if c.kind in only or c.ref in named]
        found_kinds = {d.kind for d, _ in dependents} | {c.kind for c, _ in config}
        missing = sorted(only - found_kinds)
    ops: list[Operation] = [DeleteOp(target=d, reason=why) for d, why in dependents]
    ops.append(
        DeleteOp(
            target=target,
            propagation="Foreground",
            reason="requested; its ReplicaSets and pods follow by owner reference",
        )
    )
    ops += [DeleteOp(target=c, reason=why) for c, why in config]
    listing = "\n".join(f"- {op.target.describe()} — {op.reason}" for op in ops)
    listing += "".join(f"\n- {t} — kept, as you said it stays" for t in spared)
    risks = [
        "deletion cannot be rolled back once validated; re-creating from the record "
        "restores the objects but not their pods' state"
    ]
    if kept:
        risks.append(
            f"PersistentVolumeClaims {', '.join(kept)} (the data) are kept; delete them "
            "separately if the data should go"
        )
    if missing:
        risks.append(f"no {', '.join(missing)} of its own was found: none is deleted")
    shared = sorted(n for k, n in _references(obj) & used_by_others)
    if shared:
        risks.append(f"kept because other workloads use them: {', '.join(shared)}")
    return PlanResult(
        category="delete",
        operations=ops,
        analysis=f"Delete {target.describe()} and what belongs to it:\n{listing}",
        risks=risks,
        targets=[op.target for op in ops],
        validation_plan=[f"{op.target.describe()} is gone" for op in ops],
    )


# Round 31 (gap34b): "Delete the Deployment orders (the fund-switch orders service) together
# with the ConfigMap orders-config and the PodDisruptionBudget orders": a workload said by its
# kind and name, then objects each said by kind and name. When every object listed is one of
# the workload's own of that kind (what :func:`_stack` would take with it: the ConfigMap only it
# reads, the budget only its pods have) and no other of that kind is, the request is "delete
# orders along with its configmap and its pdb" — read so. Anything else is left as said (and
# asked, as before).
# (The words a list names, on purpose fewer than a delete's: never "budget", "autoscaler".)
_LISTED_KINDS = kindwords.picked(
    "configmap",
    "cm",
    "pdb",
    "poddisruptionbudget",
    "service",
    "svc",
    "hpa",
    "horizontalpodautoscaler",
)
_LISTED_ITEM = rf"(?:the\s+)?(?:{'|'.join(_LISTED_KINDS)})\s+[a-z0-9][\w\-.]*?"
_WITH_LISTED = re.compile(
    r"^(?P<head>\W*(?:[a-z]+-\d+:\s*)?(?:please\s+)?(?:delete|remove|decommission|drop)\s+"
    r"(?:the\s+)?(?P<kind>deployment|statefulset|daemonset)\s+(?P<name>[a-z0-9][\w\-]*))"
    # (Its nickname in brackets, "(the fund-switch orders service)", is left out of the reading.)
    r"(?:\s*\([^()]{0,80}\))?"
    # (Said "with" it: "delete deployment payments and service payments", two objects side by
    # side, stays asked — one deletion at a time, round 23.)
    rf"\s*(?:,\s*|\s+)(?:(?:together|along)\s+with|with)\s+(?P<list>{_LISTED_ITEM}"
    rf"(?:\s*(?:,|\band\b)\s*{_LISTED_ITEM})*)[\s.!]*$",
    re.I,
)


# Round 33 (gap36b): "remove orders entirely, together with orders-config and its PDB": the
# comma before "together with" / "along with" after a delete joins what goes with it, never a
# clause of its own (read as said without the comma).
_WITH_AFTER_COMMA = re.compile(
    r"^(?P<head>\W*(?:(?:please|pls|kindly)\s+)?(?:delete|remove|decommission|drop|"
    r"tear\s+down|get\s+rid\s+of)\s[^,;.:!?]*?),\s+(?=(?:together|along)\s+with\s)",
    re.I,
)


def with_joined(text: str) -> str:
    """``text`` without the comma between a delete and its "together with …" (see above)."""
    if ", together with " not in text.lower() and ", along with " not in text.lower():
        return text
    return _WITH_AFTER_COMMA.sub(r"\g<head> ", text, count=1)


# Round 37 (gap40a, blind40): the same said with each name before its kind ("delete the orders
# Deployment together with orders-config and the orders PDB"), or an object by its name alone
# when one object of a listed kind bears it ("orders-config"): read as above, by kind and name.
_WITH_NAMED_ITEM = (
    r"(?:the\s+)?[a-z0-9][\w\-.]*?(?:\s+(?:configmap|cm|pdb|poddisruptionbudget|service|svc|hpa))?"
)
_WITH_NAMED = re.compile(
    r"^(?P<head>\W*(?:please\s+)?(?:delete|remove|decommission|drop)\s+"
    r"(?:the\s+)?(?P<name>[a-z0-9][\w\-]*)\s+(?P<kind>deployment|statefulset|daemonset))"
    r"(?:\s*\([^()]{0,80}\))?"
    rf"\s*(?:,\s*|\s+)(?:together|along)\s+with\s+(?P<list>{_WITH_NAMED_ITEM}"
    rf"(?:\s*(?:,|\band\b)\s*{_WITH_NAMED_ITEM})*)[\s.!]*$",
    re.I,
)


def _named_item(ctx: Ctx, item: str) -> tuple[str, str] | None:
    """The (kind, name) of one listed object said "<kind> <name>", "<name> <kind>" or by its
    name alone (one object of the listed kinds bears it); None when it names none."""
    words = rx(r"^(?:the\s+)?").sub("", item.strip().lower()).rstrip(".").split()
    if len(words) == 2 and words[0] in _LISTED_KINDS:
        return _LISTED_KINDS[words[0]], words[1]
    if len(words) == 2 and words[1] in _LISTED_KINDS:
        return _LISTED_KINDS[words[1]], words[0]
    if len(words) != 1:
        return None
    found = {
        (kind, words[0])
        for kind in set(_LISTED_KINDS.values())
        if ctx.get(kind, words[0], _API_OF.get(kind, "")) is not None
    }
    return found.pop() if len(found) == 1 else None


_API_OF = {"PodDisruptionBudget": "policy/v1", "HorizontalPodAutoscaler": "autoscaling/v2"}


def listed_belongings(ctx: Ctx, text: str) -> str:
    """``text`` with the objects it lists beside the workload it deletes said as the workload's
    own ("… along with its configmap and its pdb") when they are exactly those (see above);
    ``text`` as it is otherwise."""
    said = text.strip()
    m = _WITH_LISTED.match(said) if _WITH_LISTED.search(said) else None
    m = m or _WITH_NAMED.match(said)
    if m is None:
        return text
    kind = {"deployment": "Deployment", "statefulset": "StatefulSet", "daemonset": "DaemonSet"}[
        m["kind"].lower()
    ]
    obj = ctx.get(kind, m["name"].lower())
    if obj is None:
        return text
    listed: set[tuple[str, str]] = set()
    for item in rx(r"\s*(?:,|\band\b)\s*").split(m["list"].strip()):
        if (pair := _named_item(ctx, item)) is None:
            return text
        listed.add(pair)
    try:
        whole = _stack(ctx, Target.of(obj), obj, set(), alone=False)
    except Clarify:
        return text
    own = {(op.target.kind, op.target.name) for op in whole.operations if op.kind == "delete"}
    kinds = {k for k, _ in listed}
    if not listed <= own or {(k, n) for k, n in own if k in kinds} != listed:
        return text
    words = {"ConfigMap": "configmap", "PodDisruptionBudget": "pdb", "Service": "service"}
    words["HorizontalPodAutoscaler"] = "hpa"
    said = " and ".join(f"its {words[k]}" for k in sorted(kinds))
    return f"{m['head'].strip()} along with {said}."
