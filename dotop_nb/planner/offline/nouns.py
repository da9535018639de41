"""A workload's name said as a modifier names something else: asked, never acted on.

Rule: what a verb acts on is the head of its noun phrase. When a workload's name is only a
modifier in that phrase, the phrase names another thing, and acting on the workload would
change what was not asked for:

- the name before a noun that is not a kind of the application ("the payments credentials",
  "the frontend load balancer", "postgres old wal files", "payments' old images", "the old
  images of payments") — in a delete, where the whole stack would go;
- "prune <workload>": what is pruned is what the workload left behind, in a delete;
- a noun before the name that is not an article, an adjective of state or a kind ("the celery
  worker", "the order worker", "scale the api worker to 0") — a compound whose head only
  happens to be a workload's name, in any change.

Both ask, naming the phrase read. "delete the worker deployment", "delete payments with its
service", "delete the old worker", "restart the redis cache" (cache runs redis) still plan.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.context import Clarify, Ctx, what_runs

# Words after a name that still say the application (or what belongs to it, read elsewhere).
_APP = (
    r"(?:deployments?|deploy|statefulsets?|sts|daemonsets?|ds|services?|svc|apps?|applications?|"
    r"workloads?|stacks?|everything|resources?|objects?|pods?|replicas?|components?|"
    r"micro-?services?|configmaps?|config\s*maps?|cm|secrets?|pdbs?|hpas?|autoscalers?|"
    r"servicemonitors?|netpols?|networkpolic(?:y|ies)|budgets?|configs?)"
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
    r"entries|entry|endpoints?|urls?|hostnames?|hosts?|proxies|proxy|sidecars?|stuff|junk)"
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
_CHANGE = (
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
        names = {t.name: obj for t, obj in ctx.workloads(text)}
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
        if category == "delete":
            head = re.search(
                rf"{w}(?:'s?)?\s+(?:{_ADJ}\s+)*(?P<noun>{_OTHER})\b(?!\s+{_APP}\b)", lowered
            ) or re.search(
                rf"\b(?P<noun>{_OTHER})\s+(?:of|for|belonging\s+to|used\s+by)\s+"
                rf"(?:the\s+)?{w}",
                lowered,
            )
            if head is not None and not _runs(obj, head.group("noun")):
                _ask(name, head.group(0))
            owned = re.search(rf"{w}'s?\s+(?P<rest>[a-z][\w\-]*)?", lowered)
            rest = owned.group("rest") or "" if owned is not None else ""
            if owned is not None and not re.match(rf"(?:{_APP}|{_SETTING})\b", rest):
                # "delete payments' old": something of payments, whatever follows.
                _ask(name, owned.group(0).strip())
        for m in re.finditer(rf"\b{_DETERMINER}\s+(?P<mod>[a-z][a-z0-9\-]*)\s+{w}", lowered):
            mod = m.group("mod")
            if re.match(rf"\s+{_APP}\b", lowered[m.end() :]):
                continue  # "the headless postgres svc": the head is the kind said after it
            if (
                mod in _BEFORE_OK
                or mod == ctx.namespace
                or mod.endswith("ed")
                or _runs(obj, mod)
                or re.fullmatch(_CHANGE, mod)
            ):
                continue
            _ask(name, f"{mod} {name}")


def _runs(obj: object, word: str) -> bool:
    """Whether ``word`` is what the workload runs ("the redis cache" where cache runs redis)."""
    return isinstance(obj, dict) and any(word in r or r in word for r in what_runs(obj))


def _ask(name: str, phrase: str) -> None:
    raise Clarify(
        f"I read {phrase!r}: there {name!r} describes something else, not the workload "
        f"{name} itself, and I will not act on {name} for it. If you mean the workload, name "
        f"it with its kind (e.g. 'deployment {name}'); otherwise name the object (kind and name)."
    )
