"""The other kind said to stay, beside an order that names its kind (round 23).

Where a Deployment and a StatefulSet share a name, people say which one they mean by its kind
and, to be clear, that the other one stays: "cache proxy (Deployment cache): autoscaler from 1
to 4 pods, the redis statefulset keeps its one pod", "ensure => absent for Deployment cache.
the redis statefulset called cache stays", "remove the redis statefulset (cache); keep the price
cache proxy Deployment". The clause that keeps the other kind names no change: it is dropped,
and the order is read with the one kind it says.

Only a clause that is wholly a workload kind (with up to four words describing it, or "called
NAME") kept as it is ("stays", "remains", "keeps its one pod", "keep the … Deployment"), where
the rest of the request names a workload kind of another kind, never the kept one, and names
every object name the clause says. Anything else is left as said (and asked where it is
unclear which object is meant).

An object's name said in parentheses right after a kind that is not a workload's ("delete the
Service (frontend)", "the orders PDB (orders)") is that object's name, as "the Service
frontend" is read — never the workload of that name beside it.

>>> read("delete the Service (frontend)", frozenset({"frontend"}))
'delete the Service frontend'
>>> read("delete Deployment cache. the redis statefulset called cache stays", frozenset({"cache"}))
'delete Deployment cache.'
>>> read("delete cache, the redis statefulset stays", frozenset({"cache"}))
'delete cache, the redis statefulset stays'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline.context import STOP

_KINDS = {
    "deployment": "Deployment",
    "deployments": "Deployment",
    "deploy": "Deployment",
    "statefulset": "StatefulSet",
    "statefulsets": "StatefulSet",
    "sts": "StatefulSet",
    "daemonset": "DaemonSet",
    "daemonsets": "DaemonSet",
}
_KIND = r"(?P<kind>deployments?|deploy|statefulsets?|sts|daemonsets?)"
_DESC = r"(?:[a-z0-9][\w'-]*\s+){0,4}?"
_CALLED = r"(?:\s+(?:called|named)\s+[a-z0-9][\w-]*)?"
_STAYS = (
    r"(?:stays?|remains?|must\s+stay|should\s+stay|is\s+kept|stays?\s+(?:as\s+(?:it\s+)?is|"
    r"like\s+(?:that|it\s+is)|untouched|unchanged|alone)|keeps?\s+(?:its|their)\s+(?:(?:one|single|two|three|\d+|current|own|only)\s+)?"
    r"(?:pods?|replicas?|instances?|state|data|size|count|image|version|config)|"
    r"is\s+(?:not\s+touched|left\s+alone|untouched|unchanged)|"
    # Round 35 (gap38a): said without a verb, a note's "the redis (cache StatefulSet) untouched".
    r"untouched|unchanged|intact|as\s+(?:it\s+)?is|"
    # Round 24 (gap B): "the SCADA telemetry redis (cache statefulset) is out of scope".
    r"(?:is|are)\s+(?:out\s+of\s+scope|not\s+in\s+scope|excluded|not\s+part\s+of\s+(?:this|the)\s+"
    r"(?:change|request|update|upgrade|rollout|release|work)))"
)
# Round 24 (gap B): the kind said with the name in brackets after a description ("the SCADA
# telemetry redis (cache statefulset)"), as "the redis cache statefulset" is.
_BRACKETED = rf"(?:\(\s*)?{_DESC}{_KIND}{_CALLED}(?:\s*\))?"
# "the redis statefulset keeps its one pod", "the redis statefulset called cache stays".
_KIND_STAYS = re.compile(
    rf"(?:and\s+|but\s+|while\s+)?(?:the\s+)?{_DESC}{_BRACKETED}\s+{_STAYS}", re.I
)
# "… to redis:7.4. Not the cache deployment.": the other kind, said as a clause of its own.
_NOT_KIND = re.compile(
    rf"(?:but\s+|and\s+)?(?:not|never)\s+(?:the\s+)?{_DESC}{_BRACKETED}(?:\s+(?:though|please))?",
    re.I,
)
# "keep the price cache proxy Deployment", "leave the redis statefulset alone".
_KEEP_KIND = re.compile(
    rf"(?:and\s+|but\s+)?(?:please\s+)?(?:keep|leave)\s+(?:the\s+)?{_DESC}{_KIND}{_CALLED}"
    r"(?:\s+(?:as\s+(?:it\s+)?is|alone|untouched|running|in\s+place))?",
    re.I,
)
_PIECE = re.compile(r"[^,;.]+(?:\.(?=\S)[^,;.]*)*")
_ANY_KIND = re.compile(r"\b(?:deployments?|deploy|statefulsets?|sts|daemonsets?)\b", re.I)
_WORD = re.compile(r"[a-z0-9][\w-]*", re.I)


_OBJECT_KIND = (
    r"services?|svc|pdbs?|poddisruptionbudgets?|hpas?|horizontalpodautoscalers?|configmaps?|"
    r"config\s+maps?|secrets?|networkpolic(?:y|ies)|netpols?|servicemonitors?|scaledobjects?"
)
_ITS_KIND = re.compile(rf"\b(?:its|their)\s+(?:own\s+)?(?:{_OBJECT_KIND})\b", re.I)
_KIND_THEN_NAME = re.compile(
    rf"(?<![\w-])(?P<kind>{_OBJECT_KIND})\s*\(\s*(?P<name>[a-z0-9][\w.-]*)\s*\)", re.I
)


def _named_in_parentheses(
    text: str,
    names: Callable[[], frozenset[str]] | frozenset[str],
    services: Callable[[], frozenset[str]] | None = None,
) -> str:
    if (
        not _KIND_THEN_NAME.search(text)
        or (_ANY_KIND.search(text) and not _kinds_only_kept(text))
        or _ITS_KIND.search(text)
    ):
        # "take the fee-payment service (payments) down …: its Deployment and its Service": a
        # kind said of the workload as well — the word before the parentheses may describe it.
        # (Round 36, gap39b: a workload kind said only as what stays, "delete the Service
        # (payments), keep the deployment", "…, deployment keep na", describes nothing.)
        return text
    known = names if isinstance(names, frozenset) else names()

    def named(m: re.Match[str]) -> str:
        if m["name"].lower() not in known:
            return m[0]
        # Round 29 (gap32b): "the job-ticket service (orders)", "the booking service (worker)":
        # "service" in lower case after a plain word of a description, where no Service has
        # that name, is the role it names (read by :mod:`.aliases`), never a Service object.
        before = _WORD_BEFORE.search(text, 0, m.start())
        if (
            m["kind"] == "service"
            and services is not None
            and before is not None
            and (word := before[1].lower()) not in known
            and word not in STOP
            and m["name"].lower() not in services()
        ):
            return m[0]
        return f"{m['kind']} {m['name']}"

    return _KIND_THEN_NAME.sub(named, text)


# "deployment keep", "the deployment stays na": the kind first, kept, a particle at most after.
_KIND_KEEP = re.compile(
    rf"(?:and\s+|but\s+)?(?:the\s+|its\s+)?{_KIND}\s+(?:keep|stays?|remains?)"
    r"(?:\s+(?:please|pls|plz|na|krub|khrap|kha|ka))?\W*",
    re.I,
)


def _kinds_only_kept(text: str) -> bool:
    """Whether every clause of ``text`` that says a workload kind keeps it ("…, keep the
    deployment", "…, the deployment stays", "…, deployment keep na")."""
    return all(
        _KIND_STAYS.fullmatch(clause)
        or _KEEP_KIND.fullmatch(clause)
        or _KIND_KEEP.fullmatch(clause)
        for m in _PIECE.finditer(text)
        if _ANY_KIND.search(clause := m[0].strip())
    )


_WORD_BEFORE = re.compile(r"([a-z][a-z0-9\-]*[a-z0-9])\s+$", re.I)


_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_PRONOUN = re.compile(r"\b(?:it|its|them|they|their|that|this|those|these)\b", re.I)


def _sentence_of_its_own(text: str, start: int) -> bool:
    """Whether the clause at ``start`` opens a sentence (after a full stop, "!" or ";"): "…
    redis:7.4. Not the cache deployment." — never a list's "not" after a comma."""
    before = text[:start].rstrip()
    return bool(before) and before[-1] in ".;!"


def read(
    text: str,
    names: Callable[[], frozenset[str]] | frozenset[str],
    services: Callable[[], frozenset[str]] | None = None,
) -> str:
    """``text`` without a clause keeping a workload of another kind than the order names
    (module docstring); ``names`` are the namespace's object names, ``services`` its Services'."""
    text = _named_in_parentheses(text, names, services)
    if len(_ANY_KIND.findall(text)) < 2:
        return text
    for m in _PIECE.finditer(text):
        clause = m[0].strip()
        kept = (
            _KIND_STAYS.fullmatch(clause)
            or _KEEP_KIND.fullmatch(clause)
            or (_NOT_KIND.fullmatch(clause) if _sentence_of_its_own(text, m.start()) else None)
        )
        if kept is None:
            continue
        start, end = m.start(), m.end()
        # (with the separator before it: "…, the redis statefulset stays" goes whole)
        while start > 0 and text[start - 1] in " ,;":
            start -= 1
        rest = text[:start] + text[end:]
        if _PRONOUN.search(_SENTENCE_END.split(text[end:], maxsplit=1)[0]):
            # Round 24: "…. The cache statefulset is out of scope, restart it though": what
            # follows in its sentence may point back at the kept one — left as said.
            continue
        said = {_KINDS[k.lower()] for k in _ANY_KIND.findall(rest)}
        kind = _KINDS[kept["kind"].lower()]
        if not said or kind in said:
            continue
        known = names if isinstance(names, frozenset) else names()
        in_clause = {w.lower() for w in _WORD.findall(clause)} & known
        in_rest = {w.lower() for w in _WORD.findall(rest)} & known
        if not in_rest or not in_clause <= in_rest:
            continue
        return rest.strip()
    return text
