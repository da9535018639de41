"""A destructive action never reaches a workload through a PART of it named anywhere in the
request (round 25, issue 11; the fifth attack's shapes 0, 0a, 0b, 1).

"postgres latency alert is noisy; delete it" deleted the Service and StatefulSet postgres;
"please remove the noisy postgres latency alert", "the checkout latency alert should be
deleted", "remove: checkout latency alert" deleted the workload; "postgres replica is broken;
turn it off", "orders has envoy; turn it off", "the envoy in orders is broken; turn it off"
scaled it to 0. :mod:`.partoff` reads the words right after a name that follows the verb; here
the name is in another clause (a pronoun), after an adjective, before a passive or after a
colon.

Rule (an allow-list), only when the plan deletes, scales to 0, restarts or rolls back a
workload W and no mention of W is the verb's own object ending its phrase ("delete checkout",
"delete the checkout deployment, it is unused"): EVERY mention of W in the request must end its
noun phrase, after an optional kind word (deployment, sts, service, pods, app …) or "'s
<kind>": punctuation, the end, a conjunction, a preposition, a verb or copula ("is", "has
been", "keeps", "crashed"), an adverb ("now", "too", "completely"). Any other word ("latency
alert", "replica", "envoy", "maintenance page") makes the mention a part of W: asked, naming
the words and what to type for the workload itself. For a delete or switch-off, "W has /
runs / allows / is in / is showing <something>" and "<something> in / on / of W" name what
"it" may be, so they are asked too. "checkout is unused; delete it", "worker is stuck,
restart it", "checkout has been replaced; delete it" still plan. A reply is not checked again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dotop_nb.planner.offline import partoff
from dotop_nb.planner.offline.context import containers
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

__all__ = ["check"]

_TOKEN = re.compile(r"\w[\w'-]*|\S")
_POSS = re.compile(r"'s?(?!\w)")
_CLAUSE = re.compile(r"[.;!?,:\n]")
# Kind words: the workload itself ("the checkout deployment", "worker pods").
_KIND = frozenset(
    """
    deployment deployments deploy deploys statefulset statefulsets sts daemonset daemonsets ds
    service services svc svcs app apps application pods pod workload workloads stack
    microservice replicas instances
    """.split()
)
# Words that end the noun phrase besides partoff's: verbs and copulas, adverbs, pronouns.
_ENDS = frozenset(
    """
    isn't wasn't aren't weren't has have had hasn't haven't hadn't needs need should shouldn't
    must can can't cannot could couldn't would wouldn't will won't may might does doesn't did
    didn't do don't keeps keep kept seems seem looks look broke breaks crashes crashloops
    crashlooping dies hangs hung leaks leaking runs ran works got gets went goes stays remains
    crashing failing restarting hanging looping flapping throws returns serves
    became becomes lost gone dead down off up out away back anymore any more longer
    asap tho though lol pls please plz fine ok itself them those these ones
    entirely too good both either each still share shares hold holds
    restart restarts rollback rollbacks deletion removal shutdown teardown decommission
    reboot bounce cleanup
    """.split()
)
# Words in -ing that name a part ("restart checkout scraping"); any other is a verb
# ("my-api timing out", "we don't need checkout running").
_ING_PARTS = frozenset(
    """
    scraping logging caching profiling monitoring alerting tracing routing autoscaling scaling
    limiting throttling retrying batching streaming polling metering sampling rendering
    indexing mirroring pooling queueing queuing setting settings
    """.split()
)
# Words a partoff reading allows after a name that name another object than the workload
# when they follow it elsewhere ("the payments config is stale; delete it").
_OTHER = frozenset(
    """
    config configs cm configmap configmaps api backend task tasks job jobs cronjob cronjobs
    hpa hpas pdb pdbs budget budgets disruption autoscaler autoscalers horizontalpodautoscaler
    poddisruptionbudget poddisruptionbudgets object objects resources thing things
    """.split()
)
# A restart or rollback is read here only of a pronoun ("the checkout alert is noisy,
# restart it"): a name said beside it is the object otherwise.
_PRONOUN = rx(
    rf"\b(?:{partoff._RESTART}|{partoff._UNDO}|roll|back)\s+"
    r"(?:it|them|that|this(?:\s+one)?|those|these|em|'em)\b",
    re.I,
)
# "W has <this>; turn it off": what "it" may be is what W has, runs, allows or shows.
_HAS = rx(
    r"\s+(?:still\s+|also\s+|now\s+)?(?:has|have|runs|uses|allows|shows|enables|"
    r"is\s+(?:in|on|running|showing|using|serving|allowing)|has\s+got)\s+(?P<what>[\w'-]+)",
    re.I,
)
# "has been …", "has no users", "has crashed": W itself.
_HAS_SELF = frozenset("been no nothing zero never not none".split())
# "the envoy in orders", "turn it off on orders": a part inside W.
_INSIDE = rx(r"(?:(?P<word>[\w'-]+)\s+|^)(?:in|on|inside|within)\s+(?:the\s+)?$", re.I)
_ACTS = {
    "delete": ("delete a workload", "delete the {name} {kind}"),
    "off": ("scale a workload to 0", "scale {name} to 0"),
    "restart": ("restart a workload", "restart {name}"),
    "undo": ("roll a workload back", "rollback {name}"),
}


def _ends(token: str, ends: frozenset[str]) -> bool:
    return (
        (not token[0].isalnum() and token[0] not in "_([")
        or token in partoff._STOP
        or token in _ENDS
        or token in ends
        or token.isdigit()
        or (len(token) > 4 and token.endswith("ed") and token not in ("speed", "embed"))
        or (len(token) > 4 and token.endswith("ing") and token not in _ING_PARTS)
    )


def _part(rest: str, allowed: frozenset[str], ends: frozenset[str]) -> list[str]:
    """The words after a mention that are not the workload: its part, or nothing. A word for
    the workload ends its noun phrase ("the checkout release is erroring")."""
    poss = bool(_POSS.match(rest))
    if poss:
        rest = rest[2:] if rest.startswith("'s") else rest[1:]
    tokens = [m.group(0).lower() for m in _TOKEN.finditer(rest.split("\n", 1)[0])]
    words: list[str] = []
    said = False
    for token in tokens:
        if token in ("(", "["):
            continue
        if not words and (token in allowed or partoff._misspelt_kind(token)):
            said, poss = True, False
            continue
        if said and not words and token not in _OTHER:
            break
        if _ends(token, ends) and not (poss and not words and token in partoff._PARTICLES):
            break
        words.append(token)
    return words


def _runs(live: partoff.Live | None, name: str) -> frozenset[str]:
    """The words of the names of the containers that workloads named ``name`` run alone
    ("the cache proxy": the workload); a container beside another is a part ("the orders
    envoy")."""
    objs = [obj for k in partoff._WORKLOAD_KINDS if live and (obj := live(k, name))]
    return frozenset(
        word
        for obj in objs
        if len(run := containers(obj)) == 1
        for word in [run[0].get("name", "").lower(), *run[0].get("name", "").lower().split("-")]
        if word
    )


def _phrase(text: str, start: int) -> str:
    head = _CLAUSE.split(text[:start])[-1]
    tail = _CLAUSE.split(text[start:])[0]
    return (head + tail).strip(" -—")


def check(
    said: str,
    result: PlanResult,
    answered: bool = False,
    workloads: Iterable[str] = (),
    *,
    intent: str = "",
    live: partoff.Live | None = None,
) -> PlanResult:
    """``result``, or a question in its place when a destructive action on a workload reads
    a part of it named elsewhere in the request (see the module's rule). ``intent`` is the
    request as typed: its asides ("turn off checkout (latency alert)") are read too."""
    if answered or not result.operations:
        return result
    kinds = ("delete", "scale", "rollout_restart", "rollout_undo")
    if not any(op.kind in kinds for op in result.operations):
        return result
    names = {w.lower() for w in workloads}
    said = said.replace("\u2019", "'").replace("\u2018", "'")
    typed = intent.lower().replace("\u2019", "'").replace("\u2018", "'")
    question = _question(said, result, names, live, False)
    if not question and typed and typed != said:
        question = _question(typed, result, names, live, True)
    return result.held_back(question) if question else result


def _question(
    text: str, result: PlanResult, names: set[str], live: partoff.Live | None, typed: bool
) -> str:
    """The question for the first mention of a part of a workload the plan acts on (in the
    words as typed, ``typed``, only of a delete or switch-off: their asides)."""
    for op in result.operations:
        name = op.target.name.lower()
        if name not in names:
            continue
        hit = partoff._hit(result, name)
        if hit is None:
            continue
        kind, action = hit
        if action in ("restart", "undo") and (typed or not _PRONOUN.search(text)):
            continue
        verb, allowed, ends = partoff._ACTIONS[action]
        allowed = (allowed | _KIND | _runs(live, name)) - _OTHER
        own = rx(
            rf"\b{verb}\s+(?:[^.;:!?\n]*?(?:,|\band|&|\+|\bplus)\s+)??{partoff._LEAD}"
            rf"(?<![\w-]){re.escape(name)}(?![\w-])",
            re.I,
        )
        if any(not _part(text[m.end() :], allowed, ends) for m in own.finditer(text)):
            continue
        mention = rx(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I)
        for m in mention.finditer(text):
            words = _part(text[m.end() :], allowed, ends)
            if not words and action in ("delete", "off"):
                has = _HAS.match(text, m.end())
                what = has.group("what").lower() if has else "ed"
                if has and what not in _HAS_SELF and not what.endswith("ed"):
                    words = [_CLAUSE.split(text[has.start() :])[0].strip()]
                inside = _INSIDE.search(text[: m.start()])
                if not words and inside and (inside.group("word") or "-").lower() not in _KIND:
                    words = [text[inside.start() : m.start()].strip()]
            if not words:
                continue
            act, then = _ACTS[action]
            return (
                f"I read {' '.join(words)!r} with {name!r} in {_phrase(text, m.start())!r}: a "
                f"part of {name}, not the workload itself, and I never {act} for a part. For "
                f"the {kind} itself type '{then.format(name=name, kind=kind)}'; to change the "
                "part, name it by its kind and name."
            )
    return ""
