"""A workload's name said as a modifier names something else: asked, never acted on.

Rule: what a verb acts on is the head of its noun phrase. When a workload's name is only a
modifier in that phrase, the phrase names another thing, and acting on the workload would
change what was not asked for:

- the name before a noun that is not a kind of the application ("the payments credentials",
  "the frontend load balancer", "postgres old wal files", "payments' old images", "the old
  images of payments") — in a delete, where the whole stack would go;
- "prune <workload>": what is pruned is what the workload left behind, in a delete;
- a word before the name that names ANOTHER object here ("the orders cache", "the order
  worker", "scale the api worker to 0" beside my-api): the phrase may be that one's part.

Both ask, naming the phrase read. A word before the name that names nothing else here is a
DESCRIPTOR of the workload, and the phrase is the workload (:func:`described`): "the celery
worker", "the celery workers", "the feature cache", "the email worker" are worker / cache in
any change but a delete; a delete, which cannot be undone, acts on a descriptor only when the
workload confirms it (what it runs: "delete the redis cache"), or with its kind said ("delete
the celery worker deployment"). "delete the worker deployment", "delete payments with its
service", "delete the old worker", "restart the redis cache" (cache runs redis) still plan.
"""

from __future__ import annotations

import functools
import re

from dotop_nb.planner.offline import domain
from dotop_nb.planner.offline.context import Clarify, Ctx, role_images, what_runs
from dotop_nb.planner.offline.domain import QUEUE_NOUNS as _QUEUE_NOUNS
from dotop_nb.planner.offline.rx import rx

# Words after a name that still say the application (or what belongs to it, read elsewhere).
_APP = (
    r"(?:deployments?|deploy|statefulsets?|sts|daemonsets?|ds|services?|svc|apps?|applications?|"
    r"workloads?|stacks?|everything|resources?|objects?|pods?|replicas?|components?|"
    r"micro-?services?|configmaps?|config\s*maps?|cm|secrets?|pdbs?|hpas?|autoscalers?|"
    r"servicemonitors?|netpols?|networkpolic(?:y|ies)|budgets?|configs?)"
)
# Round 14: nouns of other things a workload's name is often said before ("the frontend team
# asked", "the cache key FOO", "the worker node"), beside the queue nouns of :mod:`.domain`.
_THING_NOUNS = (
    r"(?:teams?|squads?|folks|people|devs|owners?|on-?call|users?|customers?|clients?|"
    r"keys?|nodes?|hosts?|vms?|machines?|dashboards?|alerts?|channel|tickets?|repos?|"
    r"repositor(?:y|ies)|docs|runbooks?|"
    rf"{_QUEUE_NOUNS})"
)
# Nouns that name a thing of their own, never the application, said right after its name.
_OTHER = (
    r"(?:accounts?|users?|tokens?|cron(?:job)?s?|load[\s-]*balancers?|lbs?|credentials?|creds|"
    r"tls|certs?|certificates?|locks?|batch(?:es)?|images?|wal|files?|logs?|keys?|passwords?|"
    r"databases?|dbs?|tables?|schemas?|queues?|topics?|buckets?|dns|records?|domains?|"
    r"routes?|ingress(?:es)?|volumes?|pvcs?|disks?|data|backups?|snapshots?|caches?|"
    r"indexes|indices|index|webhooks?|jobs?|tasks?|migrations?|releases?|charts?|"
    r"artifacts?|builds?|branches?|repos?|repositor(?:y|ies)|dashboards?|alerts?|rules?|"
    r"policies|policy|roles?|bindings?|permissions?|sessions?|connections?|leases?|"
    r"entries|entry|endpoints?|urls?|hostnames?|hosts?|proxies|proxy|sidecars?|stuff|junk|"
    # ("delete the frontend team's namespace": the team's, never frontend.)
    rf"namespaces?|{_THING_NOUNS})"
)
# A setting of the workload ("billing's label"): asked by the rule as no object to delete.
_SETTING = (
    r"(?:labels?|annotations?|env(?:s|\s+vars?)?|variables?|vars?|settings?|fields?|flags?|"
    r"taints?|tolerations?|selectors?)"
)
# Adjectives that may stand between a possessive or a name and its noun ("payments' old images").
_ADJ = r"(?:old|stale|dangling|unused|orphaned|expired|leftover|extra|dead|temp|tmp|previous|all)"
# Words allowed right before a name: articles, states, kinds, the verb's own particles.
_BEFORE_OK = frozenset(
    "the a an our my your their its this that these those old legacy unused stale current "
    "broken whole entire existing deprecated retired dead orphaned idle new main primary "
    "failing crashing crashlooping running remaining misbehaving flapping stuck faulty bad "
    "deployment deploy statefulset sts daemonset ds app service workload namespace "
    "production prod staging live same other first second last only just also both "
    "and or to of with for from in on at by then now please pls kindly too each every "
    "all any some big small slow noisy hungry busy latest newest oldest recent previous "
    "earlier later whole image images pdb budget hpa autoscaler configmap cm secret svc "
    "container containers pod pods up down out back over off one two three four five six "
    "seven eight nine ten".split()
)
CHANGE = (
    r"delete|remove|drop|nuke|scrap|destroy|decommission|tear\s+down|get\s+rid\s+of|"
    r"clean\s+up|kill|prune|purge|wipe|restart|bounce|scale|update|upgrade|roll\s*back|"
    r"rollback|redeploy|patch|set|change|stop|pause|resize|cycle|recycle|reboot|rotate"
)
_DETERMINER = r"(?:the|our|my|this|your|their)"
_PRUNE = re.compile(r"\bprun(?:e|es|ed|ing)\b")


def _word(name: str) -> str:
    return rf"(?<![\w\-./']){re.escape(name)}(?![\w\-/]|\.\w)"


def check(ctx: Ctx, category: str, text: str) -> None:
    """Raise :class:`Clarify` when a workload named in ``text`` is only a modifier of the
    noun the change acts on (see the module's rule)."""
    lowered = text.lower().replace("\u2019", "'")
    try:
        found = ctx.workloads(text)
        # (Every workload of a name: "the proxy cache" is the Deployment cache running proxy.)
        names: dict[str, object] = {
            t.name: [o for u, o in found if u.name == t.name] for t, _ in found
        }
    except Clarify:
        return  # the name itself is asked about where the rule reads it
    if category == "delete" and names and (m := _PRUNE.search(lowered)):
        # "prune payments": what is pruned is what it left behind, never payments itself.
        raise Clarify(
            f"I read {m.group(0)!r}: pruning removes what is left over (old ReplicaSets, "
            "images, finished jobs), not the workload. What should go? To delete the workload "
            "itself, say 'delete <workload>'."
        )
    for name, obj in names.items():
        w = _word(name)
        plural = rf"(?<![\w\-./']){re.escape(name)}s(?![\w\-/]|\.\w)"
        if category == "delete" and rx(plural).search(lowered) and not rx(w).search(lowered):
            # "delete the workers": its pods, or the workload? A delete is never guessed.
            raise Clarify(
                f"I read '{name}s': the pods of {name}, or the workload {name}? To replace its "
                f"pods say 'restart {name}'; to delete the workload say 'delete {name}'."
            )
        if category == "delete":
            head = rx(rf"{w}(?:'s?)?\s+(?:{_ADJ}\s+)*(?P<noun>{_OTHER})\b(?!\s+{_APP}\b)").search(
                lowered
            ) or rx(
                rf"\b(?P<noun>{_OTHER})\s+(?:of|for|belonging\s+to|used\s+by)\s+"
                rf"(?:the\s+)?{w}"
            ).search(lowered)
            if head is not None and not _runs(obj, head.group("noun")):
                _ask(name, head.group(0))
            owned = rx(rf"{w}'s?\s+(?P<rest>[a-z][\w\-]*)?").search(lowered)
            rest = owned.group("rest") or "" if owned is not None else ""
            if owned is not None and not rx(rf"(?:{_APP}|{_SETTING})\b").match(rest):
                # "delete payments' old": something of payments, whatever follows.
                _ask(name, owned.group(0).strip())
        if (queue := _queue_owned(name, text)) is not None:
            _ask(name, queue)
        if category == "restart" and (said := _restarted_thing(name, lowered)) is not None:
            _ask(name, said)
        if (
            category in _WORKLOAD_CHANGES
            and (kind := _kind_after(name, lowered)) is not None
            and (kind[1] != "Service" or _service_named(kind[0], obj))
        ):
            _ask_kind(name, *kind, own=_kind_word(obj))
        plural = rf"(?<![\w\-./']){re.escape(name)}s?(?![\w\-/]|\.\w)"
        for m in rx(rf"\b{_DETERMINER}\s+(?P<mod>[a-z][a-z0-9\-]*)\s+{plural}").finditer(lowered):
            mod = m.group("mod")
            if rx(rf"\s+{_APP}\b").match(lowered[m.end() :]):
                continue  # "the headless postgres svc": the head is the kind said after it
            if (
                mod not in _COPY_WORDS
                and mod not in ("old", "new", "legacy")
                and not rx(r"v\d+(?:\.\d+)*").fullmatch(mod)
                and rx(r"\s*\)").match(lowered, m.end())
            ) and rx(rf"{w}(?:\s+(?:deployment|statefulset|daemonset))?\s*\(\s*$").search(
                lowered[: m.start()]
            ):
                # "the Deployment checkout (the voluntary-contribution checkout)": a nickname in
                # brackets right after the workload's own name is that workload (round 31).
                continue
            if not described(ctx, name, obj, mod, delete=category == "delete"):
                _ask(name, m.group(0).split(None, 1)[1])


# Rule (round 18): the object a change acts on is the one its words name, kind word and all. A
# workload's name followed by the noun of a kind a workload is not ("scale payments config to
# 0", "restart the orders configmap", "roll back the my-api secret", "scale the postgres pvc")
# names that object — a ConfigMap, a Secret, a volume — and a change only a workload takes
# (scale, restart, a new image, a rollback) is asked, never made to the workload of that name.
# ("the payments service" is how people say the application, and stays the workload.)
# (An autoscaler's or a budget's own change — "set the worker HPA's max to 20" — is read by its
# rule, which asks for an object that is not there.)
_WORKLOAD_CHANGES = frozenset({"scale", "restart", "update", "rollback"})
_OTHER_KIND = re.compile(
    r"\s+(?P<noun>config\s*maps?|configs?|cms?|secrets?|pvcs?|persistent\s*volume\s*claims?|"
    r"volumes?|ingress(?:es)?|cron\s*jobs?|jobs?|hpas?|pdbs?|disruption\s+budgets?|"
    r"network\s*polic(?:y|ies)|netpols?|service\s*accounts?|svcs?|services?)\b"
    # ("payments config change", "the orders config map's values": the noun said of the
    # object is read as that object's all the same; "payments config-wise" is no noun.)
    r"(?![\w\-])"
)
_KIND_OF = (
    ("config", "ConfigMap"),
    ("cm", "ConfigMap"),
    ("secret", "Secret"),
    ("pvc", "PersistentVolumeClaim"),
    ("persistent", "PersistentVolumeClaim"),
    ("volume", "PersistentVolumeClaim"),
    ("ingress", "Ingress"),
    ("cron", "CronJob"),
    ("job", "Job"),
    ("hpa", "HorizontalPodAutoscaler"),
    ("pdb", "PodDisruptionBudget"),
    ("disruption", "PodDisruptionBudget"),
    ("network", "NetworkPolicy"),
    ("netpol", "NetworkPolicy"),
    ("service account", "ServiceAccount"),
    ("serviceaccount", "ServiceAccount"),
    ("svc", "Service"),
    ("service", "Service"),
)
# Words of a change that may stand between the verb and the name ("scale up the payments cm").
_VERB_OBJECT = (
    rf"\b(?:{CHANGE}|bump|roll|redeploy|revert|undo|kick|cycle|autoscale|replicate)"
    r"(?:\s+(?:up|down|back|out|in|over))?\s+(?:the\s+|our\s+|my\s+|this\s+)?"
)


@functools.lru_cache(maxsize=64)
def _kind_after_pattern(name: str) -> re.Pattern[str]:
    """The pattern of "<change> <name> <other kind's noun>", compiled once per name."""
    return rx(rf"{_VERB_OBJECT}{_word(name)}(?:'s?)?{_OTHER_KIND.pattern}")


def _kind_after(name: str, lowered: str) -> tuple[str, str] | None:
    """The noun and the kind it names when the change's object is "<name> <noun>" with the
    noun of a kind a workload is not (see the rule above), else None."""
    at = _kind_after_pattern(name).search(lowered)
    if at is None:
        return None
    noun = at.group("noun")
    kind = next(k for prefix, k in _KIND_OF if noun.startswith(prefix))
    return f"{name} {noun}", kind


# Round 19 (attack): what a restart's verb is said of, after the workload's name, that is a
# thing the workload keeps and no restart makes new ("recycle the old postgres logs", "rotate
# payments' tls certs", "refresh the my-api tokens", "bounce the worker db connections"): the
# logs, the certs, the sessions are what was meant, never the pods.
_KEPT = (
    r"(?:logs?|log\s+files?|files?|certs?|certificates?|tls|tokens?|credentials?|creds|"
    r"passwords?|keys?|sessions?|connections?|conns?|locks?|leases?|wal|dns|dashboards?|"
    r"alerts?|accounts?|users?|backups?|snapshots?)"
)


@functools.lru_cache(maxsize=64)
def _restarted_thing_pattern(name: str) -> re.Pattern[str]:
    """The pattern of "<restart verb> [the old] <name>['s] [db] <kept thing>", compiled once per
    name."""
    return rx(
        rf"{_VERB_OBJECT}(?:{_ADJ}\s+)*{_word(name)}(?:'s?)?\s+(?:{_ADJ}\s+)*"
        rf"(?:(?:db|database|redis|postgres|access|api|session|tls|ssl)\s+)?{_KEPT}(?![\w\-])"
    )


def _restarted_thing(name: str, lowered: str) -> str | None:
    """The words when a restart's object is a thing the workload ``name`` keeps (see the rule
    above), else None."""
    at = _restarted_thing_pattern(name).search(lowered)
    return at.group(0).split(None, 1)[1].strip() if at is not None else None


def _service_named(phrase: str, obj: object) -> bool:
    """Whether "<name> service" names the Service: said "svc" (kubectl's word for the object),
    or said of a StatefulSet — "the payments service" is how people say an application, but a
    database's or a cache's service is the Service in front of it ("the postgres service")."""
    if phrase.endswith(("svc", "svcs")):
        return True
    objs = obj if isinstance(obj, list) else [obj]
    return bool(objs) and all(isinstance(o, dict) and o.get("kind") == "StatefulSet" for o in objs)


def _kind_word(obj: object) -> str:
    """The kind of the workload (the first of a list), lower-cased ("deployment")."""
    first = obj[0] if isinstance(obj, list) and obj else obj
    return str(first.get("kind", "deployment")).lower() if isinstance(first, dict) else "deployment"


def _ask_kind(name: str, phrase: str, kind: str, *, own: str) -> None:
    raise Clarify(
        f"I read {phrase!r}: that names a {kind}, not the workload {name}, and only a "
        f"workload takes this change. I will not act on {name} for it. If you mean the "
        f"workload, say e.g. '{own} {name}'; to change the {kind}, say what to change in it."
    )


# A queue of the workload's as what a change acts on: "restart worker's queue", "scale the
# queue of worker to 3" (a measure after it — "worker's queue depth" — is a trigger's, read by
# the autoscaling rules).
_QUEUE_HEAD = (
    rf"(?:^|\b(?:{CHANGE})\s+)(?:the\s+)?(?:{{name}}'s?\s+{_QUEUE_NOUNS}|"
    rf"{_QUEUE_NOUNS}\s+(?:of|for|behind)\s+(?:the\s+)?{{name}})"
    r"(?!\s+(?:depth|length|lag|size|backlog|count|messages)\b)(?![\w\-])"
)


_KEY = re.compile(r"\b[A-Z][A-Z0-9_]{2,}\b")


def _queue_owned(name: str, text: str) -> str | None:
    """The phrase when the change's object is a queue the workload ``name`` owns (a KEY in
    capitals, "set QUEUE …", is a variable, never the noun)."""
    masked = _KEY.sub(lambda m: "_" * len(m.group(0)), text).lower().replace("\u2019", "'")
    found = rx(_QUEUE_HEAD.format(name=_word(name))).search(masked)
    return found.group(0).strip() if found is not None else None


def described(ctx: Ctx, name: str, obj: object, mod: str, *, delete: bool = False) -> bool:
    """Whether "the <mod> <name>" is the workload ``name`` with a descriptor before it.

    Rule: the head of the phrase is the workload's name, so the phrase is the workload —
    unless ``mod`` names another object here (a workload, a word of its name or one of its
    containers: "the orders cache", "the api worker" beside my-api), where the phrase may be
    that one's part. Words of state, kinds and what the workload runs always describe it; in a
    delete, an unconfirmed descriptor ("delete the billing worker") may mean a worker that is
    not this one, and is asked."""
    if mod in _COPY_WORDS or rx(r"v\d+(?:\.\d+)*").fullmatch(mod):
        return False  # "the outgoing payments", "the v1 frontend": another copy of it, maybe
    if (
        mod in _BEFORE_OK
        or mod == ctx.namespace
        or mod.endswith("ed")
        or _runs(obj, mod)
        or rx(CHANGE).fullmatch(mod)
    ):
        return True
    if delete:
        return False
    if mod in _OTHER_WORDS:
        # "the database postgres", "the db orders-db": a role the workload has by what it
        # runs (a database engine's image) describes it; any other workload may be the
        # role's part ("the db cache": the cache of a database).
        return _has_role(obj, mod)
    # ("the front-end worker": another's name said with a hyphen or a space of its own.)
    joined = rx(r"[-_.\s]").sub("", mod)
    return not any(
        joined in {word, f"{word}s", word.removesuffix("s")} for word in _other_words(ctx, name)
    )


def _other_words(ctx: Ctx, name: str) -> set[str]:
    """The words of the names of the namespace's other workloads and their containers."""
    words: set[str] = set()
    for other in ctx.object_names():
        if other != name:
            words.update(w for w in rx(r"[-_.]").split(other) if len(w) > 2)
            words.add(rx(r"[-_.]").sub("", other))
    return words


# Words that say another copy of the workload ("the outgoing payments", "the legacy worker").
_COPY_WORDS = frozenset(
    """older outgoing incoming previous former replacement canary shadow blue green dev test
    backup standby secondary spare duplicate copy clone""".split()
)


# Nouns that say another thing whatever stands after them ("the node worker" may be a node's).
# What a workload works on says its role, not another thing: "the queue worker", "the job
# worker", "the cron worker", "the topic consumer" are the workload (the queue's own things —
# "the worker queue", "worker's queue", "the queue of worker" — are read by the rules above).
_OTHER_WORDS = frozenset("node nodes cluster host team key db database table".split())


# Data said with a place in the filesystem ("the model cache can go to an emptyDir on /tmp"):
# what goes to a volume or a path is files, never a workload.
_DATA_PLACE = (
    r"(?:can\s+|could\s+|should\s+|will\s+|may\s+|must\s+)?"
    r"(?:go|goes|live|lives|sit|sits|stay|stays|move\s+to|be\s+(?:stored|written|kept|put)|"
    r"(?:is|are)\s+(?:stored|written|kept))\s+(?:to|in|into|on|under|at)?\s*(?:an?\s+|the\s+)?"
    r"(?:emptydir|tmpfs|/|volumes?\b|scratch|disks?\b|pvcs?\b|ram\b|memory\b)"
)


def thing_noun(word: str) -> bool:
    """Whether ``word`` names a thing of its own when said after a workload's name."""
    return rx(_THING_NOUNS).fullmatch(word) is not None


def names_another(name: str, text: str) -> bool:
    """Whether every mention of workload ``name`` in ``text`` names another thing than the
    workload: the name said before a noun of a thing of its own ("the frontend team asked",
    "the orders queue length", "the worker node") or as data with a place in the filesystem
    ("the model cache can go to an emptyDir"). The caller reads it only where another workload
    is named plainly, and never beside a destructive word (the delete rules ask there)."""
    lowered = text.lower().replace("\u2019", "'")
    if domain.destructive(lowered):
        return False
    words = r"[\s\-_]+".join(map(re.escape, rx(r"[-_]").split(name)))
    mentions = list(rx(rf"(?<![\w\-/]){words}(?![\w\-/])").finditer(lowered))
    return bool(mentions) and all(
        rx(rf"(?:'s)?\s+(?:{_THING_NOUNS}\b|{_DATA_PLACE})").match(lowered[m.end() :])
        for m in mentions
    )


def _has_role(obj: object, role: str) -> bool:
    """Whether the workload (or one of a list of them) runs what ``role`` ("database", "db")
    names (:func:`context.role_images`: a database engine's image)."""
    if isinstance(obj, list):
        return any(_has_role(o, role) for o in obj)
    return isinstance(obj, dict) and bool(what_runs(obj) & role_images(f"the {role}"))


def _runs(obj: object, word: str) -> bool:
    """Whether ``word`` is what the workload (or one of a list of them) runs ("the redis
    cache" where cache runs redis)."""
    if isinstance(obj, list):
        return any(_runs(o, word) for o in obj)
    return isinstance(obj, dict) and any(word in r or r in word for r in what_runs(obj))


def _ask(name: str, phrase: str) -> None:
    raise Clarify(
        f"I read {phrase!r}: there {name!r} describes something else, not the workload "
        f"{name} itself, and I will not act on {name} for it. If you mean the workload, name "
        f"it with its kind (e.g. 'deployment {name}'); otherwise name the object (kind and name)."
    )


# -------------------------------------------------------------- a workload said by what it runs
# Words that may stand before what a workload runs and still say that workload ("the main api",
# "the broken api"): states, determiners and kinds — never a qualifier that sets one such thing
# apart from others ("the graphql api", "the admin api", "the legacy api", "the internal api").
_RUNS_QUALIFIERS = frozenset(
    "the a our my your their its this that whole entire main primary current live running "
    "production prod broken failing crashing crashlooping stuck slow flapping misbehaving "
    "faulty bad busy noisy hungry overloaded only same deployment deploy statefulset sts "
    "daemonset ds app service".split()
)
# Nouns after what a workload runs that make it the modifier of another thing ("the api
# server" is the cluster's, "the api tier" a set, "the api gateway", "the api token").
_RUNS_HEAD = re.compile(
    rf"(?:servers?|gateways?|tiers?|layers?|clusters?|fleets?|groups?|{_OTHER})\b(?!\s*[-:]\s*\S)"
)
_NEXT_WORD = re.compile(r"\s+([a-z][\w\-]*)")
_RUNS_DET = re.compile(r"\b(?:the|our|my|this|your|their|that)\s+(?:[a-z][a-z0-9\-]*\s+)?$")
_RUNS_MOD = re.compile(r"\b(?:the|our|my|this|your|their|that)\s+(?P<mod>[a-z][a-z0-9\-]*)\s+$")


def by_what_runs(text: str, target_name: str, obj: object) -> None:
    """Rule: a workload found only by what it runs (its container or image word: "the api" is
    my-api, whose container is api) is that workload only when the phrase says no more than
    it. A qualifier before the word that the workload does not bear ("the graphql api" — no
    label, image or name of it says graphql) or a noun after it that heads the phrase ("the
    api server", "the api tier") names another thing: asked, never acted on."""
    if not isinstance(obj, dict):
        return
    lowered = text.lower().replace("\u2019", "'")
    labels = {str(v).lower() for v in ((obj.get("metadata") or {}).get("labels") or {}).values()}
    bears = labels | set(rx(r"[-_.]").split(target_name)) | {target_name}
    for word in sorted(what_runs(obj), key=len, reverse=True):
        for m in rx(rf"(?<![\w\-./']){re.escape(word.lower())}(?![\w\-/]|\.\w)").finditer(lowered):
            before = _RUNS_MOD.search(lowered[: m.start()])
            mod = before.group("mod") if before else ""
            if mod and mod not in _RUNS_QUALIFIERS and mod not in bears and not _runs(obj, mod):
                _ask_runs(target_name, f"{mod} {m.group(0)}")
            after = _NEXT_WORD.match(lowered, m.end())
            said = _RUNS_DET.search(lowered[: m.start()])
            if said and after and _RUNS_HEAD.fullmatch(after.group(1)):
                _ask_runs(target_name, f"{m.group(0)} {after.group(1)}")


def _ask_runs(name: str, phrase: str) -> None:
    raise Clarify(
        f"I read {phrase!r}, but no workload here is called that: only {name} runs part of it, "
        f"and I will not act on {name} for a phrase that may name something else. If you mean "
        f"{name}, say its name."
    )


# Round 32 (gap35b): "Please delete PDB orders, but orders and orders-config no need delete (PT
# session orders)": a nickname in brackets closing the message, its words holding a workload's
# name said before it, names that workload again (the nickname beside its name, detached by the
# clause between) and says nothing of the change: left out, so no reader takes it for a clause
# of its own. Only a few plain words: no digit, no word of doing, of keeping or of negation.
_TRAILING_NICKNAME = re.compile(r"\s*\((?P<words>[a-z][a-z\s'\-]{0,60})\)[\s.!]*$", re.I)
_NO_NICKNAME = re.compile(
    r"\b(?:not|no|never|don'?t|only|except|keep|kept|stays?|leave|too|also|both|all|and|or|"
    r"please|pls|"
    # (Round 32, fix1: "delete payments (payments service)": an object's kind says which object
    # of the name is meant — the delete reads it, never a nickname.)
    r"services?|svc|pdbs?|hpas?|configmaps?|cm|secrets?|ingress|netpol|budget|autoscaler)\b",
    re.I,
)


def trailing_nickname(text: str, names: frozenset[str], verbs: str) -> str:
    """``text`` less a nickname in brackets closing it (see above); ``names`` are the
    namespace's workload names, ``verbs`` the words of doing (:data:`.guard.VERBS`)."""
    if not text.rstrip(" .!").endswith(")") or not (m := _TRAILING_NICKNAME.search(text)):
        return text
    words = m["words"].lower().split()
    before = text[: m.start()].lower()
    if (
        len(words) > 5
        or _NO_NICKNAME.search(m["words"])
        or rx(rf"\b(?:{verbs})\b", re.I).search(m["words"])
        or not any(
            w in names and rx(rf"(?<![\w\-./]){re.escape(w)}(?![\w\-/])").search(before)
            for w in words
        )
    ):
        return text
    return text[: m.start()].rstrip()
