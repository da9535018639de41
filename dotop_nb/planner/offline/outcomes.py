"""Outcomes said in a manager's plain words, written as the order they leave one plan for.

Rule: an outcome phrase ("turn it off", "survive a machine dying", "size itself up and down
between 1 and 4 copies", "never run with root privileges", "remove it from the cluster") is
rewritten in place as the order the shop leaves one right plan for ("scale worker to 0", "make
worker highly available", "autoscale worker between 1 and 4 replicas", "run frontend as
non-root", "delete worker"), only when the phrase names its workload — by name, or by "it" when
the message names exactly one workload and nothing else "it" could be (a flag, a setting, an
alert …). Everything else in the message stays as said, for the readers after this one (a
time, a condition, a negation, another workload: each still read, or asked about). What a phrase
says the plan is FOR ("if something goes wrong", "with how hard it's working") is dropped with
it: it is the purpose, never a condition to wait on. A phrase whose target is not one workload
is left as said, so the planner asks.

Example::

    read("The worker was retired; please remove it from the cluster.", {"worker"})
    # 'The worker was retired; please delete worker.'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.rx import rx

# Nouns "it" may stand for besides a workload: then "turn it off" is not the workload's.
_OTHER_IT = re.compile(
    r"\b(?:flags?|features?|settings?|variables?|vars?|env|keys?|alerts?|alerting|autoscal\w*|"
    r"hpa|probes?|limits?|logs?|logging|debug|modes?|cron\w*|jobs?|backups?|polic(?:y|ies)|pdb|"
    r"budgets?|monitor\w*|metrics?|scrap(?:e[sd]?|ing|ers?)|snapshots?|sidecars?|containers?|images?|versions?|services?|ingress|"
    r"volumes?|config\w*|secrets?|certs?|certificates?|quotas?|schedules?|banners?|toggles?|"
    r"maintenance\s+mode|canary|experiment)\b",
    re.I,
)

_IT = r"(?:it|the\s+app|the\s+service)"
# A workload said with no version or number after it ("when we release payments", never
# "… payments 2.0": the version is a change of its own, not read here).
_NO_VALUE = r"(?![\s:@]*v?\d)"
# "the database": kept as said, for the planner to find the one workload that runs it.
_DB = r"(?:database|db)"
# "a machine dying", "one node failing": the failure high availability is for.
# Said as the whole request: it ends its sentence ("…: its pods must never share a node" says
# the change the outcome is for, planned as said).
_ENDS = r"(?=\s*(?:[.;!]|$))"
_DYING = (
    r"(?:(?:a|one|any)\s+(?:machine|node|server|host)\s+(?:dying|failing|failure|going\s+down|"
    r"crashing|outage)|losing\s+(?:a|one|any)\s+(?:machine|node|server|host))\b" + _ENDS
)


class _Rule:
    """One outcome phrase: its pattern (``{T}`` is the target: a workload's name or "it") and
    the order it is written as (``{t}`` is the workload's name, ``{0}``… the pattern's other
    groups by name)."""

    def __init__(self, pattern: str, order: str) -> None:
        self.pattern = pattern
        self.order = order
        # The phrase with any target: a name, "the database" or "it"/"the app" are one or two
        # words. Where it finds nothing, the pattern of the namespace's names cannot either,
        # and that pattern (made anew for each set of names: costly) is never compiled.
        self.shape = self.compiled(r"[\w.\-]+(?:\s+[\w.\-]+)?")

    def compiled(self, target: str) -> re.Pattern[str]:
        return rx(self.pattern.replace("{T}", rf"(?:the\s+)?(?P<t>{target})"), re.I)


_RULES: tuple[_Rule, ...] = (
    # "turn it off and on again", "switch payments off and back on": a restart.
    _Rule(
        r"\b(?:turn|switch)\s+{T}\s+off\s+and\s+(?:back\s+)?on(?:\s+again)?\b",
        "restart {t}",
    ),
    # "give orders a fresh start", "orders needs a fresh start".
    _Rule(r"\bgive\s+{T}\s+a\s+(?:fresh|clean)\s+start\b", "restart {t}"),
    _Rule(r"\b{T}\s+needs?\s+a\s+(?:fresh|clean)\s+start\b", "restart {t}"),
    # "turn it off", "shut the worker down", "switch off cache": no pods, kept to come back.
    # ("turn it down" is less, not none: left as said.)
    _Rule(r"\b(?:turn|switch)\s+{T}\s+off\b(?!\s+and\b)", "scale {t} to 0"),
    _Rule(r"\bshut\s+{T}\s+down\b(?!\s+and\b)", "scale {t} to 0"),
    # (Round 25, negate: "turn off checkout metrics" switches off a capability of checkout,
    # never checkout: left as said, for hazards to ask.)
    _Rule(
        r"\b(?:(?:turn|switch)\s+off|shut\s+down)\s+{T}\b(?!\s+and\b)(?!(?:'s)?\s+(?:metrics?|"
        r"monitor\w*|alert\w*|autoscal\w*|hpas?|backups?|scrap\w+|pdbs?|probes?)\b)",
        "scale {t} to 0",
    ),
    # "remove it from the cluster", "take worker out of the cluster": the workload goes.
    _Rule(
        r"\b(?:remove|take)\s+{T}\s+(?:from|out\s+of)\s+(?:the\s+)?(?:cluster|namespace|shop)\b",
        "delete {t}",
    ),
    # "size itself up and down … between 1 and 4 copies", "add copies automatically".
    _Rule(
        r"\b{T}\s+(?:should|must|needs?\s+to|has\s+to)\s+(?:(?:size|scale)\s+itself\s+up\s+and\s+"
        r"down|grow\s+and\s+shrink)\b(?:\s+with\s+how\s+(?:hard|busy)\s+(?:it'?s|it\s+is)\s+working|\s+with\s+(?:the\s+)?"
        r"(?:load|demand|traffic))?",
        "autoscale {t}",
    ),
    _Rule(
        r"\b{T}\s+(?:should|must|needs?\s+to|has\s+to)\s+add\s+(?:more\s+)?(?:copies|replicas|pods|"
        r"instances)\s+(?:automatically|by\s+itself|on\s+its\s+own)(?:\s+when\s+(?:it\s+gets|it'?s)"
        r"\s+busy)?",
        "autoscale {t}",
    ),
    # "we need it to survive a machine dying", "make sure orders survives a node failure".
    _Rule(
        r"\b(?:we\s+)?need\s+{T}\s+to\s+(?:survive|tolerate|withstand)\s+" + _DYING,
        "make {t} highly available",
    ),
    _Rule(
        r"\b{T}\s+(?:should|must|needs?\s+to|has\s+to)\s+(?:survive|tolerate|withstand)\s+"
        + _DYING,
        "make {t} highly available",
    ),
    _Rule(r"\bmake\s+sure\s+{T}\s+(?:can\s+)?survives?\s+" + _DYING, "make {t} highly available"),
    # "make sure checkout stays up … while the platform team does node maintenance".
    _Rule(
        r"\bmake\s+sure\s+{T}\s+stays\s+(?:up|available)\b(?:\s+during\s+the\s+\w+)?(?:\s+even)?\s+"
        r"(?:while|when|during)\s+(?:the\s+[\w-]+\s+team\s+(?:does|is\s+doing)\s+)?(?:node|nodes)\s+"
        r"(?:maintenance|drains?|upgrades?|are\s+drained)\b" + _ENDS,
        "add a pdb to {t}",
    ),
    # "the frontend must never run with root privileges", "… should never run as root".
    _Rule(
        r"\b{T}\s+(?:must|should)\s+never\s+run\s+(?:with\s+root\s+privileges|as\s+(?:the\s+)?root"
        r"(?:\s+user)?)\b",
        "run {t} as non-root",
    ),
    # "give it twice the memory it's allowed now": the memory limit, doubled.
    _Rule(
        r"\bgive\s+{T}\s+(?:twice|double)\s+the\s+(?P<r>memory|cpu)\s+(?:it'?s|it\s+is)\s+allowed"
        r"(?:\s+(?:now|today|at\s+the\s+moment))?",
        "double the {r} limit of {t}",
    ),
    # "get it to twice its current size": the replicas, doubled.
    _Rule(
        r"\b(?:get|bring|take)\s+{T}\s+to\s+(?:twice|double)\s+its\s+current\s+size\b",
        "scale {t} to double",
    ),
    # "we need to be able to restore the database if something goes wrong": what a backup
    # is for, said as the order to back it up.
    _Rule(
        r"\b(?:we\s+)?(?:need|have|want)\s+to\s+be\s+able\s+to\s+restore\s+{T}\s+if\s+(?:something|anything)\s+"
        r"goes\s+wrong\b",
        "back up {t}",
    ),
    # "customers shouldn't notice anything when we release payments: no dip in capacity
    # during updates": a rollout that never goes below its replicas.
    _Rule(
        r"\b(?:customers|users|people)\s+(?:shouldn'?t|should\s+not|must\s+not|won'?t)\s+notice\s+"
        r"(?:anything|a\s+thing)\s+when\s+we\s+(?:release|deploy|update|ship|roll\s+out)\s+{T}\b"
        + _NO_VALUE
        + r"(?:\W+no\s+(?:dip|drop)\s+in\s+capacity\s+during\s+"
        r"(?:updates|releases|rollouts|deploys))?",
        "zero downtime updates for {t}",
    ),
    _Rule(
        r"\bno\s+(?:dip|drop)\s+in\s+capacity\s+(?:when|while|during)\s+(?:we\s+)?(?:updat\w+|"
        r"releas\w+|roll\w*\s+out|deploy\w*)\s+{T}\b" + _NO_VALUE,
        "zero downtime updates for {t}",
    ),
    _Rule(
        r"\b{T}\W+no\s+(?:dip|drop)\s+in\s+capacity\s+during\s+(?:updates|releases|rollouts|deploys)\b",
        "zero downtime updates for {t}",
    ),
    # "get alerted if checkout goes down": an alert on its ready pods (for how long is still
    # asked when not said: no default in its place). The condition is what the alert watches.
    _Rule(
        r"\b(?:(?:get|be)\s+)?(?:alerted|paged|notified)\s+(?:if|when(?:ever)?)\s+{T}\s+(?:goes|is)\s+"
        r"down\b",
        "alert if {t} has fewer than 1 ready pods",
    ),
    # "we want more detailed logs from my-api … debug level": its log level to debug.
    _Rule(
        r"\b(?:we\s+)?(?:want|need)\s+more\s+(?:detailed|verbose)\s+logs?\s+from\s+{T}\b"
        r"(?P<rest>[^.;]*?)\W*\bdebug\s+level\b",
        "{t} log level to debug{rest}",
    ),
    # "the database should only accept connections from … tier=backend": who may reach it.
    _Rule(
        r"\b{T}\s+(?:should|must)\s+only\s+accept\s+(?:connections|traffic|requests)\s+from\s+"
        r"(?:our\s+)?[\w\s-]*?\(?(?:the\s+ones\s+|pods\s+|apps\s+)?label(?:l)?ed\s+"
        r"(?P<label>[\w.-]+=[\w.-]+)\)?",
        "only pods labelled {label} may reach {t}",
    ),
)

# "we don't need the worker running until further notice": the reason for its scale to 0,
# read as such only beside that order (alone it may be a scale to 0 or a delete: asked).
_NOT_NEEDED = (
    r"\b(?:we\s+)?(?:don'?t|do\s+not|no\s+longer)\s+need\s+(?:the\s+)?{t}\s+(?:running|up)"
    r"(?:\s+(?:until\s+further\s+notice|for\s+now|for\s+the\s+time\s+being|for\s+a\s+while))?\W*"
)

# "a copy every night is enough" beside a backup: how often it is made.
_COPY_EVERY = re.compile(
    r"\ba\s+(?:copy|backup|snapshot)\s+(?P<when>every\s+night|each\s+night|every\s+day|each\s+day|"
    r"every\s+week|each\s+week)(?:\s+is\s+(?:enough|fine|plenty|sufficient))?",
    re.I,
)

# "the beta feature flag on the frontend … remove it entirely": the flag named by what it is
# (its value, or a word of its key), removed from the workload.
_FLAG = (
    r"\b(?:the\s+)?(?P<adj>[\w-]+)\s+(?:feature\s+)?flag\s+(?:on|of|in|for)\s+{T}\b[^.;?!]*?\W"
    r"(?:remove|drop|delete)\s+it(?:\s+(?:entirely|completely|altogether|for\s+good))?\b|"
    r"\b(?:remove|drop|delete)\s+(?:the\s+)?(?P<adj2>[\w-]+)\s+(?:feature\s+)?flag\s+(?:from|on|of)"
    r"\s+{T}\b(?:\s+(?:entirely|completely|altogether|for\s+good))?"
)

# Round 29 (gap32a): the same said of a key in capitals, switched off and then removed: "close
# the FEATURE_FLAG on the e-shop (frontend), remove it completely", "turn off FEATURE_FLAG on
# frontend and drop it": "it" is the key just named, and the removal is what is asked (a key of
# the namespace only; the removal right after the key's clause, never further on).
_KEY_FLAG = (
    r"\b(?:(?:turn|switch|flip|toggle)\s+off\s+|disable\s+)(?:the\s+)?"
    r"(?P<key>(?-i:[A-Z][A-Z0-9_]{1,62}))(?:\s+(?:flag|key|var(?:iable)?|env(?:\s+var)?))?"
    r"\s+(?:on|of|in|for|from)\s+{T}(?:\s*,\s*|\s+)(?:(?:and|then)\s+){0,2}"
    r"(?:remove|drop|delete|unset)\s+it(?:\s+(?:entirely|completely|altogether|for\s+good))?\b"
)

_REMOVE_IT = re.compile(r"\b(?:remove|drop|delete|unset)\s+it\b", re.I)

# "nobody outside the shop should be able to talk to payments": only its own namespace in.
_OUTSIDE = (
    r"\b(?:nobody|no\s*one|nothing)\s+(?:from\s+)?outside\s+(?:(?:the|our|this)\s+)?(?:{ns}|"
    r"namespace)(?:\s+namespace)?\s+(?:should|must|may)\s+(?:be\s+able\s+to\s+)?(?:talk\s+to|"
    r"reach|call|connect\s+to)\s+{T}\b"
)

# "a fresh start" said of several ("all our backend apps need a fresh start"): a restart.
_FRESH = re.compile(r"\bneeds?\s+a\s+(?:fresh|clean)\s+start\b", re.I)


def _one_named(text: str, names: Iterable[str]) -> str | None:
    """The one workload ``text`` names (as a whole word), or None for none or several."""
    said = {
        n
        for n in t.names_in(text, names)
        if rx(rf"(?<![\w\-./]){re.escape(n)}(?![\w\-/]|\.\w)", re.I).search(text)
    }
    return next(iter(said)) if len(said) == 1 else None


def read(
    text: str,
    names: Iterable[str],
    keys: Mapping[str, set[str]] | None = None,
    namespace: str = "",
) -> str:
    """``text`` with each outcome phrase whose workload is known written as its order (see the
    module docstring); unchanged otherwise. ``keys`` are the namespace's settings with their
    values (a flag said by what it is, found among them), ``namespace`` the session's."""
    # The patterns are made of the names whose letters are in the text now (text.names_in):
    # they find what patterns of all the namespace's names would, and a namespace of 2,000
    # workloads costs no more than the shop. Taken again whenever a rule rewrites the text.
    every = names if isinstance(names, frozenset | tuple) else tuple(names)

    def present(text: str) -> list[str]:
        return sorted(t.names_in(text, every), key=len, reverse=True)

    names = present(text)
    one = _one_named(text, names)
    by_name = "|".join(re.escape(n) for n in names)
    for rule in _RULES:
        # "it" only for the one workload named, when nothing else said is what "it" is.
        pronoun = one is not None and not _OTHER_IT.search(text)
        target = "|".join(p for p in (by_name, _DB, _IT if pronoun else "") if p)
        if not target:
            continue
        if not rule.shape.search(text):
            continue
        written = rule.compiled(target).sub(_writer(rule, one), text)
        if written != text:
            text = written
            names = present(text)
            by_name = "|".join(re.escape(n) for n in names)
    if by_name:
        target = rf"(?:the\s+)?(?P<t>{by_name})"
        flag = rx(
            _FLAG.replace("{T}", target, 1).replace("{T}", target.replace("<t>", "<t2>")), re.I
        )
        text = flag.sub(lambda m: _flag_removed(m, keys or {}), text)
        if (" off " in text or "disable" in text) and _REMOVE_IT.search(text):
            text = rx(_KEY_FLAG.replace("{T}", target), re.I).sub(
                lambda m: f"remove {m['key']} from {m['t']}" if m["key"] in (keys or {}) else m[0],
                text,
            )
        by_name = "|".join(re.escape(n) for n in present(text))
        target = rf"(?:the\s+)?(?P<t>{by_name})"
        if namespace and by_name:
            outside = _OUTSIDE.replace("{ns}", re.escape(namespace)).replace("{T}", target)
            text = rx(outside, re.I).sub(
                lambda m: f"deny ingress to {m.group('t')} from other namespaces", text
            )
    said = set(present(text))
    for name in sorted(said, key=len, reverse=True):
        if name in said and rx(rf"\bscale\s+{re.escape(name)}\s+to\s+0\b").search(text):
            text = rx(_NOT_NEEDED.replace("{t}", re.escape(name)), re.I).sub("", text)
            said = set(present(text))
    if rx(r"\bback\s+up\b", re.I).search(text):
        text = _COPY_EVERY.sub(lambda m: m.group("when"), text)
    return _FRESH.sub("need a restart", text)


def _flag_removed(m: re.Match[str], keys: Mapping[str, set[str]]) -> str:
    """ "remove FLAG from <workload>" for the one flag key the words name (by its value or a
    word of its name, "beta"); the phrase as said when none or several are."""
    said = (m.group("adj") or m.group("adj2") or "").lower()
    name = m.group("t") or m.group("t2")
    flags = [
        k
        for k, values in keys.items()
        if rx(r"FLAG|FEATURE").search(k)
        and (said in {v.lower() for v in values} or said in k.lower().split("_"))
    ]
    if len(flags) != 1 or said in ("the", "a", "feature", "this", "that"):
        return m.group(0)
    return f"remove {flags[0]} from {name}"


def groups(m: re.Match[str]) -> dict[str, str]:
    """The groups a rule's order uses besides its target."""
    return {k: v for k, v in m.groupdict().items() if k != "t" and v is not None}


def _writer(rule: _Rule, one: str | None) -> Callable[[re.Match[str]], str]:
    def write(m: re.Match[str]) -> str:
        said = m.group("t")
        if rx(_DB, re.I).fullmatch(said):
            return rule.order.format(**{**groups(m), "t": "the database"})
        name = one if rx(_IT, re.I).fullmatch(said) else said
        if name is None:
            return m.group(0)
        return rule.order.format(**{**groups(m), "t": name.lower()})

    return write
