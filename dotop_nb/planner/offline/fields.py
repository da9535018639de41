"""Titles, commit one-liners and GitOps field paths, said as the planner's sentences.

Engineers write a change the way they title a PR or a commit: "[payments] PROVIDER: stripe ->
adyen", "feat(my-api): FEATURE_X on", "payments: replicas 2 -> 5", ".spec.replicas=3",
"metrics[0].resource.target.averageUtilization 50". The rules (pure text, before the prose
punctuation is read, :mod:`.prose`):

- a title prefix ``[name]`` or ``type(name):`` (a conventional-commit type) names the target:
  said as ``name: …``. A name that is no workload of the namespace is left as typed (asked).
- an arrow ``A -> B`` between two values of one shape (two numbers with the same kind of unit,
  two versions, two words after a variable's name) is said "from A to B": B is the value, and A
  is checked against the live value by the readers that read "from … to …" (a different live
  value is asked about), never lent to the plan as a second value. Two ``field value`` pairs
  ("minAvailable 2 -> maxUnavailable 1") are the second alone. Two numbers of different kinds
  ("100m -> 2Gi", "500m -> 1") are asked about. Anything else (a workload before the arrow, an
  image after it, a word that is no variable's value) stays an arrow, read as "to".
- a field path (``.spec.replicas``, ``spec.minReplicas``, ``template.ttl``,
  ``metrics[0].resource.target.averageUtilization``, ``resources.limits.cpu``) names the field
  by its segments less those that only lead to it ("limits cpu", "readiness probe
  failureThreshold"); an index ``[0]`` is consumed by the path it belongs to; a path that only
  says where a value goes ("under .spec.template.spec.containers[0].env") adds nothing. A path
  that picks a container by name (``containers[app]``) is left as typed for the readers that
  pick containers; one with another index (``[1]``, ``metrics[2]``) is asked about: which
  element is meant is never guessed (which container ``[0]`` is, of several, is asked too).
- a variable said with its value by a colon ("PROVIDER: adyen", ending its clause) or, after a
  title, by a space ending the request ("feat(my-api): FEATURE_X on") is ``KEY=value``, when the
  name is an env-var name (capitals with an underscore) or a key the namespace holds.
- "prune: X" (a GitOps prune, said as a title) is "delete X"; "PodDisruptionBudget/orders" is
  the budget by its kind and name.
- a ConfigMap's ``data`` said as a JSON object (``{"data":{"LOG_LEVEL":"warn"}}``) is its keys
  said as ``KEY=value``; an object with anything else in it is left as typed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Container

from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx

# Conventional-commit types that say nothing but the kind of change: the name is the target.
_TYPES = (
    r"feat|fix|chore|ops|perf|refactor|build|ci|config|conf|deps|infra|k8s|deploy|scale|"
    r"tune|bump|hotfix|security|sec|monitoring|alerting|backup"
)
_BRACKET = re.compile(r"^\s*\[(?P<name>[a-z0-9][a-z0-9.\-]*)\]\s*:?\s+(?P<rest>\S.*)$", re.I | re.S)
_COMMIT = re.compile(
    rf"^\s*(?:{_TYPES})\((?P<name>[a-z0-9][a-z0-9.\-]*)\)!?:\s+(?P<rest>\S.*)$", re.I | re.S
)

# A value one side of an arrow may hold: a number with its unit or a version ("2", "100m",
# "1Gi", "80%", "1.4.1", "v2"), or a plain word ("stripe", "on", "debug").
_NUMBER = r"v?\d+(?:\.\d+)*(?:[a-z]{1,2}|%)?"
_WORD = r"[a-z][a-z_\-]*"
_VALUE = rf"(?:{_NUMBER}|{_WORD})"
_ARROW = r"\s*(?:->|=>|\u2192)\s*"
# "minAvailable 2 -> maxUnavailable 1": one field and its value replaced by another.
_PAIR_ARROW = re.compile(
    rf"(?<![\w.\-/:])(?P<a>(?P<x>[a-z][a-z0-9]+)(?:\s*[:=]\s*|\s+){_NUMBER}){_ARROW}"
    rf"(?P<b>(?P<y>[a-z][a-z0-9]+)(?:\s*[:=]\s*|\s+){_NUMBER})(?![\w.\-/:])",
    re.I,
)
_VALUE_ARROW = re.compile(
    rf"(?<![\w.\-/:@$])(?P<a>{_VALUE}){_ARROW}(?P<b>{_VALUE})(?![\w.\-/:@$])", re.I
)
_MEMORY = frozenset({"ki", "mi", "gi", "ti", "k", "g", "t"})

# A field path: a leading dot or a root the Kubernetes objects people edit start with, then
# segments (each may carry an index), then the field, followed by its value.
_ROOTS = (
    r"spec|metadata|template|data|metrics|resource|target|podMetricsEndpoints|endpoints|"
    r"containers|triggers|jobTemplate|selector|strategy|rollingUpdate|resources|requests|limits"
)
_SEGMENT = r"[a-z][a-z0-9]*(?:\[[^\]\s]*\])?"
_WAY = rf"(?:\.(?:{_SEGMENT}\.)*|(?:{_ROOTS})(?:\[[^\]\s]*\])?\.(?:{_SEGMENT}\.)*)"
_PATH = re.compile(
    rf"(?<![\w.\-/:]){_WAY}(?P<field>[a-z][a-z0-9]*)(?=\s*[:=]|\s+\S)",
    re.I,
)
# "add env TIMEOUT_MS=3000 under .spec.template.spec.containers[0].env": where the value goes,
# said by a path ending the clause.
_WHERE = re.compile(
    rf"\s+(?:under|in|at|into|to)\s+(?<![\w.\-/:]){_WAY}[a-z][a-z0-9]*(?:\[[^\]\s]*\])?"
    r"(?=\s*(?:$|[,;]|\.(?:\s|$))|\s+(?:of|on|for)\s)",
    re.I,
)
# Segments that only lead to the field; the others say which field ("limits cpu").
_STRUCTURAL = frozenset(
    {
        "spec", "template", "metadata", "containers", "resources", "resource", "target",
        "metrics", "podmetricsendpoints", "endpoints", "jobtemplate", "strategy",
        "rollingupdate", "data", "env", "triggers",
    }
)  # fmt: skip
_PROBES = {"readinessprobe": "readiness probe", "livenessprobe": "liveness probe",
           "startupprobe": "startup probe"}  # fmt: skip
_INDEX = re.compile(r"\[([^\]]*)\]")


def read(
    intent: str,
    names: Callable[[], frozenset[str]],
    keys: Callable[[], Container[str]],
    places: Callable[[], frozenset[str]] | None = None,
) -> str:
    """``intent`` with its title prefix, arrows, field paths and JSON data said in words (see
    the module docstring); ``names`` gives the namespace's workloads, ``keys`` the keys its
    ConfigMaps hold, ``places`` the names of its workloads and ConfigMaps (``names`` without)."""
    text = _title(intent, names)
    text = _PRUNE.sub("delete ", text)
    text = _BUDGET.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)
    text = _data(text)
    text = _WHERE.sub(_where, text)
    text = _PATH.sub(_field, text)
    text = _PAIR_ARROW.sub(lambda m: _replaced(m, names), text)
    text = _KEY_ARROW.sub(lambda m: _key_moved(m, keys), text)
    text = _VALUE_ARROW.sub(lambda m: _to(m, names), text)
    text = _KEY_COLON.sub(lambda m: _assigned(m, keys), text)
    return _KEY_LAST.sub(lambda m: _titled(m, keys, places or names), text)


def key_last(text: str, keys: Container[str], places: frozenset[str]) -> str:
    """``text`` with a key said last after its workload's name, then its value, written as
    KEY=value (:data:`_KEY_LAST`): for a key that another reader wrote from words ("my-api log
    level debug plz" → "my-api LOG_LEVEL debug plz", round 30)."""
    return _KEY_LAST.sub(lambda m: _titled(m, lambda: keys, lambda: places), text)


_PRUNE = re.compile(r"^\s*prune\s*:\s*(?=[a-z]+/[a-z0-9])", re.I)
_BUDGET = re.compile(r"(?<![\w\-./])(PodDisruptionBudgets?|pdbs?)/([a-z0-9][a-z0-9.\-]*)\b", re.I)
# "PROVIDER: adyen" (ending its clause), "PROVIDER: from stripe to adyen", and after a title
# "FEATURE_X on" ending the request: a name in capitals, then its value.
_KEY_COLON = re.compile(
    r"(?<![\w\-./$=])(?P<key>[A-Z][A-Z0-9_]*):\s*(?P<value>from(?=\s+\S+\s+to\s)|"
    r"[\w.\-/@]+(?=\s*(?:$|[,;]|\s(?:on|for|in|of)\s)))"
)
# Round 16: "QUEUE: orders -> device-orders", "REGION in shared-config: eu -> eu-west-1",
# "FEATURE_FLAG on the advertiser UI (frontend): beta -> ga": a key, perhaps where it lives,
# a colon, then its value now and the new one across an arrow — any value a key holds (a name
# with digits, a workload's name), since the key says whose values they are.
_KEY_VALUE = r"[A-Za-z0-9][\w.\-/@]*(?<![.\-])"
_KEY_ARROW = re.compile(
    r"(?<![\w\-./$=])(?P<key>[A-Z][A-Z0-9_]*)(?P<where>\s+(?:in|on|of|for)\s+[^:;,=\n]{1,60}?)?"
    rf"\s*:\s*(?P<a>{_KEY_VALUE}){_ARROW}(?P<b>{_KEY_VALUE})(?=\s|[,;()]|\.(?:\s|$)|$)"
)
# (Round 20: or before a reason of its own — "my-api: LOG_LEVEL error, it's spamming 40GB of
# logs a day", "… because it is too noisy" — which the rules still read as context; never
# before another value or an order: "…, or warn", "…, restart it" stay as typed.)
# Round 29 (gap32a): the title may carry a gloss in brackets ("my-api-config (forecast API,
# my-api): LOG_LEVEL debug"), and may go without its colon when it is the name of a workload or
# ConfigMap of the namespace ("payments-config (data-licence payments) PROVIDER adyen",
# "shared-config REGION uk"); the value may close the request before when it is to be done
# (", after the 12Z run is published": the waits read it).
# Round 36 (gap39a, blind39): the workload's nickname may be said before its name ("stock API
# my-api LOG_LEVEL warn pls", "the grower portal frontend FEATURE_FLAG off"): read only when
# the name is then one of the namespace's (never a colon's title alone).
_KEY_LAST = re.compile(
    r"^(?P<title>\s*(?P<nick>(?:the\s+)?(?:(?!(?i:not|never|no|dont|nor|without|unless|if|maybe|perhaps)\s)"
    r"[A-Za-z][\w\-]*\s+){1,3}?)?(?P<name>[a-z0-9][a-z0-9.\-]*)(?:\s*\([^()\n]{1,60}\))?(?P<colon>:)?\s+)"
    r"(?P<key>[A-Z][A-Z0-9_]*)\s+(?P<value>[\w.\-/@]+)"
    r"(?=\s*$|(?:\s*[,.;]|\s+[-\u2013\u2014])\s*(?i:because|since|as|it'?s|it\s+(?:is|was|has)|"
    r"they'?re|they\s+are|we'?re|that'?s|this\s+is)\s|\s+(?i:because|since)\s|"
    r"\s*[,;]\s*(?i:after|once|when|as\s+soon\s+as)\s|"
    # Round 37 (gap40a, blind40): or before what must be left as it is ("payments-config
    # PROVIDER moneris, leave the payments pods alone", "…, don't restart payments"): the
    # readers of prohibitions and negations check it against the plan.
    r"\s*[,;]\s*(?i:(?:don'?t|dont|do\s+not|never|leave|without)\s|no\s+restarts?\b)|"
    # Round 30 (gap33a): a polite word closing the order ("my-api LOG_LEVEL debug plz"), alone
    # or before a clause of its own that is no other value or order ("…, prices showing wrong
    # on the site"). Round 32 (gap35a): its first word may be a workload's name ("…, my-api acting
    # weird").
    r"\s+(?i:plz|pls|please|thx|thanks|ty)(?:\s*[.!]?\s*$|\s*[,;]\s+(?!(?i:or|and|then|also|"
    r"plus|but|not|no|restart|rollout|roll|scale|set|make|bump|update|upgrade|delete|remove|"
    r"drop|add|put|change|turn|switch|deploy|redeploy|bounce|revert|undo)\b)[a-z][a-z'\-]*\s+"
    r"(?![A-Z]|\S*=)))"
)


def _assigned(m: re.Match[str], keys: Callable[[], Container[str]]) -> str:
    key, value = m.group("key"), m.group("value")
    if ("_" not in key.strip("_") and key not in keys()) or value.lower() in _NOT_VALUES:
        return m.group(0)
    title = m.groupdict().get("title") or ""
    return f"{title}{key} {value}" if value == "from" else f"{title}{key}={value}"


def _titled(
    m: re.Match[str], keys: Callable[[], Container[str]], places: Callable[[], frozenset[str]]
) -> str:
    """:func:`_assigned` for a title without its colon only when the title names an object of
    the namespace (a workload or a ConfigMap): otherwise the words as said."""
    if (m.group("colon") is None or m.group("nick")) and m.group("name") not in places():
        return m.group(0)
    return _assigned(m, keys)


# Words that follow a variable's name without being its value ("the PROVIDER setting").
_NOT_VALUES = frozenset(
    {"to", "and", "or", "is", "was", "setting", "settings", "var", "variable", "key", "value"}
    # Round 19: a hedge is no value ("my-api: FEATURE_X maybe" is asked).
    | {"maybe", "perhaps", "probably", "possibly", "tbd", "tbc", "idk", "whatever", "something"}
)


def _key_moved(m: re.Match[str], keys: Callable[[], Container[str]]) -> str:
    """``KEY<where> from A to B`` for a key said with its value now and the new one across an
    arrow (:data:`_KEY_ARROW`): A is checked against the live value by the readers of "from …
    to …" (a different value is asked). A word in capitals that is neither an env-var name nor
    a key of the namespace is left as typed."""
    key = m.group("key")
    if "_" not in key.strip("_") and key not in keys():
        return m.group(0)
    return f"{key}{m.group('where') or ''} from {m.group('a')} to {m.group('b')}"


def _title(text: str, names: Callable[[], frozenset[str]]) -> str:
    for frame in (_BRACKET, _COMMIT):
        if (m := frame.match(text)) and m.group("name") in names():
            return f"{m.group('name')}: {m.group('rest')}"
    return text


def _field(m: re.Match[str]) -> str:
    """The path said as its field ("limits cpu", "readiness probe failureThreshold"), when
    every index on the way is ``[0]``; a container picked by name is left as typed (the
    readers pick it among the workload's); another element is asked."""
    if _by_name(m.group(0)):
        return m.group(0)
    *way, field = rx(r"[a-z][a-z0-9]*(?=\[[^\]]*\]|\.|$)", re.I).findall(m.group(0))
    said = [_PROBES.get(s.lower(), s) for s in way if s.lower() not in _STRUCTURAL]
    return " ".join([*said, field])


def _where(m: re.Match[str]) -> str:
    """A path that says where a value goes names nothing the value does not (the container,
    when it has several, is asked by the readers); a path picking an element is asked."""
    return m.group(0) if _by_name(m.group(0)) else ""


def _by_name(path: str) -> bool:
    """Whether ``path`` picks a container by name (``containers[app]``,
    ``containers[name=web]``); asked when it picks any other element than the first."""
    named = False
    for segment, index in rx(r"([a-z][a-z0-9]*)\[([^\]]*)\]", re.I).findall(path):
        if index.strip() == "0":
            continue
        if segment.lower() == "containers" and rx(r"(?:name=)?[a-z0-9][a-z0-9\-]*").fullmatch(
            index
        ):
            named = True
            continue
        raise Clarify(
            f"I read the field path {path.strip()!r}, with the element [{index}]: I do not "
            "pick a list element by its place. Say the field and where it goes in words, e.g. "
            "'cpu limit 500m on container envoy of payments'."
        )
    return named


def _replaced(m: re.Match[str], names: Callable[[], frozenset[str]]) -> str:
    """The second ``field value`` of two across an arrow; as typed when either names a
    workload ("replicas 2 -> orders 5" is no field replaced)."""
    if {m.group("x"), m.group("y")} & names():
        return m.group(0)
    return m.group("b")


def _to(m: re.Match[str], names: Callable[[], frozenset[str]]) -> str:
    """``from A to B`` when both are values of one shape; else the arrow as typed."""
    a, b = m.group("a"), m.group("b")
    if (
        _shape(a) == "number m"
        and rx(r"\d+(?:\.\d+)?").fullmatch(b)
        and _CORES_AFTER.match(m.string[m.end() :])
    ):
        # "250m -> 1 core": cores are cpu as millicores are, the same kind (1 core = 1000m).
        return f"from {a} to {b}"
    shapes = {_shape(a), _shape(b)}
    if shapes == {"number m", "number "} and _CPU_BEFORE.search(m.string, 0, m.start()):
        # Round 29 (gap32b): "cpu limit 500m -> 1", "requests cpu: 2 -> 500m": after the cpu
        # field, a bare number is cores (Kubernetes reads cpu "1" as 1000m), the same kind.
        return f"from {a} to {b}"
    if len(shapes) > 1 and "word" not in shapes:
        raise Clarify(
            f"I read {m.group(0).strip()!r} as from {a} to {b}, but they are not the same kind "
            "of value. Say the new value alone, with its unit (e.g. 'cpu limit 1000m')."
        )
    if len(shapes) > 1 or a in names() or b in names():
        return m.group(0)
    if shapes == {"word"} and not _KEY_BEFORE.search(m.string[: m.start()]):
        # "log level -> debug": the word before the arrow names the field, not its value.
        return m.group(0)
    return f"from {a} to {b}"


_CPU_BEFORE = re.compile(
    r"\bcpu\s+(?:limits?|requests?)\s*[:=]?\s*$|\b(?:limits?|requests?)\s+(?:of\s+)?cpu\s*[:=]?\s*$|"
    r"\bcpu\s*[:=]?\s*$",
    re.I,
)
_CORES_AFTER = re.compile(r"\s+(?:full\s+)?(?:cores?|vcpus?|cpus?)\b", re.I)
_KEY_BEFORE = re.compile(r"(?<![\w\-./$])[A-Z][A-Z0-9_]*\s*[:=]?\s*$")


def _shape(value: str) -> str:
    """What kind of value ``value`` is: a word, or a number by its unit (memory units are one
    kind, a version another)."""
    v = value.lower()
    if rx(_WORD).fullmatch(v):
        return "word"
    if rx(r"v?\d+(?:\.\d+){2,}").fullmatch(v):
        return "version"
    unit = rx(r"^v?[\d.]+").sub("", v)
    return "memory" if unit in _MEMORY else f"number {unit}"


_DATA = re.compile(r"\{\s*\"data\"\s*:\s*\{[^{}]*\}\s*\}")


def _data(text: str) -> str:
    """``{"data":{"K":"v"}}`` said as ``K=v``, when it is only string keys and values."""

    def keys(m: re.Match[str]) -> str:
        try:
            data = json.loads(m.group(0))["data"]
        except ValueError:
            return m.group(0)
        if not data or not all(
            isinstance(v, str)
            and rx(r"[A-Za-z_][A-Za-z0-9_.\-]*").fullmatch(k)
            and rx(r"[\w.\-/:@]+").fullmatch(v)
            for k, v in data.items()
        ):
            return m.group(0)
        return ", ".join(f"{k}={v}" for k, v in data.items())

    return _DATA.sub(keys, text)
