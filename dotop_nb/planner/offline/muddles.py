"""Requests whose words pair values, names or keys in more than one way, asked before planning
(a blind attacker's "silent partial" and wrong-pairing plans; each changed what nobody asked):

- "it", "the former", "the latter" after several workloads: which one is not guessed;
- "keep frontend at 2" / "payments must stay at 3 replicas" when it does not run that now:
  keeping is no change, and a change said as keeping is asked;
- a workload named only in a reason ("… because 3.0.0 is broken and frontend 2.0.0 too");
- two workloads and two values, not paired ("update my-api and payments to 1.5.0 and 3.1.0"):
  with "respectively" each gets its own (:func:`paired`), without it the pairing is asked;
- a total shared by several workloads ("scale my-api and payments to 4 in total");
- renaming a key, which is not setting one;
- a key said as words before a value ("set the DB password of payments to s3cr3t"): the key is
  not read from the word after a key-ish word.

:func:`dropped` checks the finished plan: every ``KEY=value`` said must be in it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from dotop_nb.models import Operation
from dotop_nb.planner.offline import reads, statements
from dotop_nb.planner.offline.context import Clarify, Ctx, Json
from dotop_nb.planner.offline.rx import rx

_PRONOUN = re.compile(
    r"\b(?:the\s+(?:former|latter)|former|latter)\b|"
    r"\b(?:scale|restart|update|upgrade|downgrade|roll|bounce|set|make|give|bump|raise|lower|"
    r"reduce|increase|decrease|delete|remove|pin|move|limit|cap|expose|patch)\s+it\b"
)
_KEEP = re.compile(
    r"\b(?:keep|leave|hold)\s+(?:the\s+)?(?P<a>[a-z0-9][\w\-]*)\s+(?:at|on)\s+(?P<n>\d+)\b|"
    r"\b(?P<b>[a-z0-9][\w\-]*)\s+(?:must|should|has\s+to|needs\s+to|shall|will)\s+"
    r"(?:stay|remain|be\s+kept|keep\s+running)\s+(?:at|on)\s+(?P<m>\d+)\b"
)
# "because …", "since …" (never "as": "as payments team we want …" is no reason).
_REASON = re.compile(r"\b(?:because|since|cause|cuz|given\s+that|due\s+to)\b(?P<why>.*)$")
_VALUE = re.compile(r"\bv?\d+\.\d+(?:\.\d+)?\b|[a-z0-9.\-]+/[\w.\-/]+:[\w.\-]+")
_TWO = re.compile(
    r"\b(?:to|at|->|=)\s+(?P<v1>v?\d[\w.\-]*)\s*(?:,|and|&|/)\s*(?P<v2>v?\d[\w.\-]*)\b"
)
_RESPECTIVELY = re.compile(r",?\s*\b(?:respectively|resp\.?|in\s+that\s+order)\W*$")
_TOTAL = re.compile(
    r"\b(?:in\s+total|total(?:ling)?\s+of|altogether|all\s+together|combined|in\s+sum|"
    r"between\s+them|among\s+them|in\s+aggregate|summed)\b"
)
_RENAME = re.compile(r"\brenam(?:e|ed|ing)\b|\bmove\s+(?:the\s+)?key\b")
# "set the DB password of payments to s3cr3t": a key said as words, not as its name.
_WORDED_KEY = re.compile(
    # (An article is no key: "change the REGION in shared-config" says the key whole.)
    r"\b(?:set|change|update|put)\s+(?:the\s+)?(?P<key>(?!(?:the|a|an|its|their|my|our)\b)"
    r"[A-Za-z][\w]*)\s+"
    r"(?P<word>password|name|host|url|user(?:name)?|port|token|key|secret|level|size|mode|"
    r"timeout|endpoint|region|id|path)\s+(?:of|on|for|in)\s+"
)
_PAIR_KV = re.compile(r"(?<![\w.\-/,=])([A-Za-z_][A-Za-z0-9_]*)=([^\s,;]+)")
# Round 37 (m42a, attack42 w2_cm_multi): a key said in capitals with its value by "to", or as
# a "KEY: value" line ("set LOG_LEVEL to debug and FEATURE_X to on in my-api-config",
# "my-api-config\nLOG_LEVEL: debug\nFEATURE_X: on"): each one a pair, as "KEY=value" is.
_PAIR_SAID = re.compile(
    r"(?<![\w.\-/])([A-Z][A-Z0-9_]*[A-Z0-9])\s+to\s+([^\s,;]+)|"
    r"^[ \t]*(?:[-*][ \t]+)?([A-Z][A-Z0-9_]*[A-Z0-9])[ \t]*:[ \t]*([^\s,;]+)[ \t]*$",
    re.M,
)


def _named(ctx: Ctx) -> list[str]:
    try:
        return list(dict.fromkeys(t.name for t, _ in ctx.workloads()))
    except Clarify:
        return []


def _fact_subject(text: str, pronoun: re.Match[str], named: list[str]) -> bool:
    """Whether "it" follows one clause, a fact (:func:`statements.fact`), whose subject names
    one of the workloads and whose other words name all the others ("the worker deployment
    isn't used since matchmaking moved into my-api, delete it"): "it" is that subject — the
    others are said only as the fact's object or cause."""
    if pronoun.group(0).split()[-1] != "it":
        return False
    before = [(a, b) for a, b in statements.spans(text) if b <= pronoun.start()]
    facts = [text[a:b] for a, b in before if text[a:b].strip()]
    if len(facts) != 1 or not (said := statements.subject(facts[0])):
        return False
    mine = [n for n in named if rx(rf"(?<![\w\-]){re.escape(n)}(?![\w\-])").search(said)]
    # "frontend is slow because payments is overloaded, scale it": the cause has a subject too.
    other = statements.cause_subject(facts[0])
    if any(
        rx(rf"(?<![\w\-]){re.escape(n)}(?![\w\-])").search(other) for n in named if n not in mine
    ):
        return False
    # Every other name is said in the fact's cause alone (statements.cause).
    rest = text[: len(facts[0]) - len(statements.cause(facts[0]))][len(said) :]
    rest += text[len(facts[0]) :].replace(pronoun.group(0), " ")
    return len(mine) == 1 and not any(
        rx(rf"(?<![\w\-]){re.escape(n)}(?![\w\-])").search(rest) for n in named
    )


# Round 35 (a40a, attack39): a prohibition said after "it" ("payments hangs, please restart it.
# Don't touch frontend", "… restart it. don't touch frontend or worker"): what it forbids is no
# antecedent of "it", said before it.
_FORBID_AFTER = re.compile(
    r"^[\s.,;:!\u2014\u2013\-]*(?:but\s+|and\s+|please\s+|just\s+)*(?:don'?t|do\s+not|never)\s+"
    r"(?:touch|restart|scale|change|update|delete|remove)\s+(?P<obj>[^.;!?]*)$"
)


def _forbidden_after(text: str, pronoun: re.Match[str], named: list[str]) -> bool:
    """Whether "it" follows exactly one of ``named`` and every other is said only in a
    prohibition after it (:data:`_FORBID_AFTER`)."""
    before, after = text[: pronoun.start()], text[pronoun.end() :]
    said = [n for n in named if rx(rf"(?<![\w\-]){re.escape(n)}(?![\w\-])").search(before)]
    if len(said) != 1 or not (m := _FORBID_AFTER.match(after.lower())):
        return False
    return all(
        rx(rf"(?<![\w\-]){re.escape(n)}(?![\w\-])").search(m.group("obj"))
        for n in named
        if n not in said
    )


def check(ctx: Ctx) -> None:
    """Raise :class:`Clarify` for a phrasing of the module docstring."""
    text = ctx.text
    named = _named(ctx)
    if (
        len(named) > 1
        and (m := _PRONOUN.search(text))
        and not _fact_subject(text, m, named)
        and not _forbidden_after(text, m, named)
    ):
        raise Clarify(
            f"I read {m.group(0)!r} after {', '.join(named)}: it could be any of them. "
            "Which one is meant? Say the change with the workload's name."
        )
    for m in _KEEP.finditer(text):
        name, count = (m.group("a"), m.group("n")) if m.group("a") else (m.group("b"), m.group("m"))
        try:
            hits = ctx.workloads(name)
        except Clarify:
            continue
        for target, obj in hits:
            now = (obj.get("spec") or {}).get("replicas", 1)
            if str(now) != count:
                raise Clarify(
                    f"I read {m.group(0)!r}, but {target.describe()} runs {now} now: keeping "
                    f"is no change. Say 'scale {target.name} to {count}' if it should change."
                )
    if (m := _REASON.search(text)) and _VALUE.search(m.group("why")):
        before = set(_names_in(ctx, text[: m.start()]))
        if before and (others := [n for n in _names_in(ctx, m.group("why")) if n not in before]):
            raise Clarify(
                f"I read {others[0]} only in the reason ({m.group(0).strip()!r}): is it to "
                "change too? Say each change with its workload and value."
            )
    if len(named) > 1 and (m := _TWO.search(text)) and not _RESPECTIVELY.search(text):
        raise Clarify(
            f"I read two workloads ({', '.join(named)}) and two values "
            f"({m.group('v1')}, {m.group('v2')}): which goes to which? Say each, e.g. "
            f"'… {named[0]} to {m.group('v1')} and {named[1]} to {m.group('v2')}'."
        )
    if len(named) > 1 and (m := _TOTAL.search(text)):
        raise Clarify(
            f"I read {m.group(0)!r} for {', '.join(named)}: a total is not split by me. Say "
            "the value for each workload."
        )
    if m := _PARTIAL.search(text):
        words = [w for w in (m.group("a"), m.group("b")) if not _names_in(ctx, w)]
        if len(words) == 1 and words[0] in _parts(ctx):
            raise Clarify(
                f"I read {m.group(0).strip()!r}, but {words[0]!r} is no workload here (only "
                "a part of one's name or a container's): which workloads are meant? Say each "
                "by its name."
            )
    if m := _RENAME.search(text):
        raise Clarify(
            f"I read {m.group(0)!r}: renaming a key is not setting one (the old key stays). "
            "Say 'set NEW=value' and 'remove OLD' as the changes to make."
        )
    if m := _WORDED_KEY.search(text):
        raise Clarify(
            f"I read {m.group(0).strip()!r}: which key is that? Say it whole, e.g. "
            f"'set {m.group('key').upper()}_{m.group('word').upper()}=value on …'."
        )


_PARTIAL = re.compile(
    r"\b(?:scale|restart|update|upgrade|bounce|roll|set|give|bump|pin)\s+(?:the\s+)?"
    r"(?P<a>[a-z0-9][\w\-]*)\s*(?:,|and|&|plus)\s*(?:the\s+)?(?P<b>[a-z0-9][\w\-]*)\b"
    # ("restart the cache, the redis one": which of same-named workloads, not a second one.)
    r"(?!\s+one\b)"
    # ("restart orders, envoy lost its upstream": the second word is the subject of a clause
    # that says why — a verb follows it — never a second thing to change.)
    r"(?!\s+(?:is|are|was|were|has|had|have|keeps?|kept|seems?|looks?|can'?t|cannot|won'?t|"
    r"doesn'?t|didn'?t|isn'?t|wasn'?t|got|gets|went|goes|lost|loses|threw|throws|hung|hangs|"
    r"[a-z]+ed)\b)"
)


def _parts(ctx: Ctx) -> set[str]:
    """Parts of the namespace's workload names ("api" of my-api) and their containers,
    gathered once per list (:func:`reads.derived`)."""
    found: set[str] = set()
    for kind in ("Deployment", "StatefulSet", "DaemonSet"):
        items = ctx.cluster.list_objects("apps/v1", kind, ctx.namespace)
        found |= reads.derived(ctx.cluster, "name parts", items, _parts_of)
    return found - {""}


def _parts_of(items: list[Json]) -> frozenset[str]:
    found: set[str] = set()
    for obj in items:
        name = (obj.get("metadata") or {}).get("name", "")
        found.update(p for p in rx(r"[-_]").split(name) if p != name)
        spec = ((obj.get("spec") or {}).get("template") or {}).get("spec") or {}
        found.update(c.get("name", "") for c in spec.get("containers") or [])
    return frozenset(found)


def _names_in(ctx: Ctx, text: str) -> list[str]:
    try:
        return [t.name for t, _ in ctx.workloads(text)]
    except Clarify:
        return []


_ELIDED = r"\s*(?:,|and|&|plus)\s*(?:(?:of|on|for)\s+)?(?:the\s+)?"


# Round 19 (attack): "restart payments, keep worker at 1", "scale frontend to 5 but leave worker
# at 1": a keeping said beside another change, true already (the workload runs that count), is
# a constraint the plan keeps, never a second change: the clause is dropped before planning.
_KEPT_BESIDE = re.compile(
    r"\s*(?:[,;\u2014\u2013]|\s-\s|\band\b|\bbut\b)\s*(?:(?:but|and|just|please|pls)\s+)*"
    + _KEEP.pattern
    + r"(?:\s+(?:replicas?|pods?|instances?|copies))?(?=\s*(?:[,.;!)]|$))",
    re.I,
)


# What the other change may also reach the kept workload by: a set ("all tier=backend
# deployments", "every deployment", "everything"); then the keeping is an exception, asked.
_SET_SAID = re.compile(r"\b(?:all|every|each|everything|both)\b|=", re.I)


@functools.lru_cache(maxsize=64)
def _name_said(name: str) -> re.Pattern[str]:
    """``name`` as a whole word (compiled once per name)."""
    return rx(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", re.I)


def kept_said(ctx: Ctx, raw: str) -> str:
    """``raw`` without a keeping clause beside another change that holds already (see
    _KEPT_BESIDE); a keeping that does not hold, or whose workload the other change names or
    may reach by a set ("scale all tier=backend deployments to 3, keep orders at 2"), is left
    for :func:`check` and the set's readers to ask."""
    for m in reversed(list(_KEPT_BESIDE.finditer(raw))):
        name = (m.group("a") or m.group("b")).lower()
        count = m.group("n") or m.group("m")
        rest = raw[: m.start()] + " " + raw[m.end() :]
        if _SET_SAID.search(rest) or _name_said(name).search(rest):
            continue
        try:
            hits = ctx.workloads(name)
        except Clarify:
            continue
        if (
            hits
            and all(str((obj.get("spec") or {}).get("replicas", 1)) == count for _, obj in hits)
            and raw[: m.start()].strip(" ,;")
        ):
            raw = raw[: m.start()] + " " * len(m.group(0)) + raw[m.end() :]
    return raw


def paired(ctx: Ctx, raw: str) -> str:
    """``raw`` ('respectively' is read by the rules) with "set memory limit of A to V1
    and B to V2" said with its head again for B (else the
    elided clause "B to V2" is read alone); any other sentence unchanged."""
    lower = raw.lower()
    named = _named(ctx)
    if len(named) == 2:
        a, b = (re.escape(n) for n in named)
        elided = rx(
            rf"^(?P<head>.*?\b(?:of|on|for)\s+)(?:the\s+)?{a}\s+to\s+(?P<v1>\S+)"
            rf"{_ELIDED}{b}\s+to\s+(?P<v2>\S+?)\W*$"
        ).search(lower)
        if elided and not rx(r"\b(?:and|,)\b").search(elided.group("head")):
            head = raw[: elided.end("head")]
            return (
                f"{head}{named[0]} to {elided.group('v1')} and {head}{named[1]} to "
                + (raw[elided.start("v2") : elided.end("v2")])
            )
    return raw


def _leaves(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [x for k, v in value.items() for x in [str(k), *_leaves(v)]]
    if isinstance(value, list):
        return [x for v in value for x in _leaves(v)]
    return [] if value is None else [str(value)]


_HPA_FIELDS = {
    "min": "minReplicas",
    "minimum": "minReplicas",
    "max": "maxReplicas",
    "maximum": "maxReplicas",
    "cpu": "averageUtilization",
    "memory": "averageUtilization",
    "mem": "averageUtilization",
    "target": "averageUtilization",
}


def dropped(raw: str, operations: Sequence[Operation]) -> str | None:
    """A ``KEY=value`` said in ``raw`` that no operation sets while another one said is set
    (one of two planned silently)."""
    pairs = _PAIR_KV.findall(raw)
    keys = {k for k, _ in pairs}
    typed = {v.rstrip(".!") for _, v in pairs}
    for m in _PAIR_SAID.finditer(raw):
        key, value = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        # (Never a part of a typed pair: "PGTZ=UTC to the postgres statefulset", "FEATURE_X to
        # a=1,b=3", "JAVA_TOOL_OPTIONS to -XX:MaxRAMPercentage=75" say one value each.)
        if key not in keys and key not in typed and "=" not in value:
            keys.add(key)
            pairs.append((key, value))
    if len(pairs) < 2 or not operations:
        return None
    leaves = {
        leaf
        for op in operations
        for leaf in _leaves(op.model_dump(mode="json", exclude={"reason"}))
    }
    # Round 29 (a32rest): an autoscaler's fields said so ("min=3, max=9, cpu=60") are set
    # under the spec's own names (minReplicas, maxReplicas, averageUtilization).
    leaves |= {
        field
        for op in operations
        if op.target.kind == "HorizontalPodAutoscaler"
        for field in _HPA_FIELDS
        if _HPA_FIELDS[field] in leaves
    }
    missing = [
        f"{key}={value}"
        for key, value in ((k, v.rstrip(".!")) for k, v in pairs)
        if (key.lower() not in leaves and key not in leaves)
        or not any(value.rstrip("%") in leaf for leaf in leaves)
    ]
    # None set: the pairs select (labels of a restart, a policy), they are not set values.
    return missing[0] if 0 < len(missing) < len(pairs) else None


# Round 42 (attack49): "remove FEATURE_X from my-api-config, BATCH_SIZE to 10 in orders-config"
# wrote BATCH_SIZE into my-api-config and dropped the removal. A key the plan writes into one
# ConfigMap, said in the words with another ConfigMap as its place ("KEY … in|into|on|of
# OTHER"), and a key said to be taken out that the plan does not take out: both asked.
_TAKEN = re.compile(
    r"\b(?:remove|removing|unset|drop|delete|strip|clear)\s+(?:the\s+)?(?P<key>[A-Z][A-Z0-9_]{1,62})\b"
)


def misplaced(raw: str, operations: Sequence[Operation], configmaps: frozenset[str]) -> str | None:
    """What a ConfigMap patch of the plan gets wrong of the keys said (see above), or None."""
    patched = {
        op.target.name: ((getattr(op, "patch", None) or {}).get("data") or {})
        for op in operations
        if op.target.kind == "ConfigMap" and isinstance(getattr(op, "patch", None), dict)
    }
    if not patched:
        return None
    for name, data in patched.items():
        for key, value in data.items():
            if value is None:
                continue
            for m in rx(
                rf"(?<![\w\-]){re.escape(key)}\b[^,;.!?]*?\b(?:in|into|on|of|to)\s+(?:the\s+)?"
                r"(?P<place>[a-z0-9][\w\-]*)"
            ).finditer(raw):
                place = m.group("place").lower()
                if place in configmaps and place != name:
                    return f"{key} is said with {place}, but the plan writes it into {name}"
    body = " ".join(str(data) for data in patched.values())
    for m in _TAKEN.finditer(raw):
        key = m.group("key")
        taken = any(data.get(key, "") is None for data in patched.values())
        if not taken and key not in body:
            return f"{key} is said to be taken out, but the plan does not take it out"
    return None
