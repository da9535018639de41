"""Which kinds of object a Velero backup takes or leaves out, read from words (pure).

Velero filters a backup by resource: ``includedResources`` (only these) and
``excludedResources`` (all but these), on a Backup's spec or a Schedule's template. People say
them as kinds: "just the configmaps and secrets", "leave secrets out of it", "without the pvcs",
"everything except secrets", "skip volumes", "--exclude-resources secrets". Each kind said in
words is mapped to the resource name Velero matches (``deployments.apps``,
``persistentvolumeclaims`` …); a name with its API group ("certificates.cert-manager.io") is
taken as said. A kind not known after a word that clearly filters ("leave the widgets out",
"except payments") is asked, naming it: a whole-namespace backup in its place would not be what
was said. Example::

    read("nightly velero backup at 1am but leave secrets out of it")
    # Filter(included=(), excluded=('secrets',), snapshot_volumes=None)
    read("back up just the configmaps and secrets of this namespace")
    # Filter(included=('configmaps', 'secrets'), excluded=(), snapshot_volumes=None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx

# Words for a kind → the resource name Velero matches. Longer phrases come first.
_WORDS: tuple[tuple[str, str], ...] = (
    # A resource said with its API group: taken as said.
    (r"[a-z][a-z0-9-]*s(?:\.[a-z0-9-]+)+", ""),
    (r"volume\s*snapshots?|snapshots?\s+of\s+(?:the\s+)?volumes", "volume-snapshots"),
    (r"persistent\s*volume\s*claims?|volume\s*claims?|pvcs?", "persistentvolumeclaims"),
    (r"persistent\s*volumes?|pvs?", "persistentvolumes"),
    (r"volumes?", "persistentvolumeclaims"),
    (r"config\s*maps?|cms?", "configmaps"),
    (r"secrets?", "secrets"),
    (r"service\s*accounts?", "serviceaccounts"),
    (r"services?|svcs?", "services"),
    (r"deployments?|deploys?", "deployments.apps"),
    (r"stateful\s*sets?|sts", "statefulsets.apps"),
    (r"daemon\s*sets?", "daemonsets.apps"),
    (r"replica\s*sets?", "replicasets.apps"),
    (r"cron\s*jobs?", "cronjobs.batch"),
    (r"jobs?", "jobs.batch"),
    (r"pods?", "pods"),
    (r"ingress(?:es)?", "ingresses.networking.k8s.io"),
    (r"network\s*polic(?:y|ies)|netpols?", "networkpolicies.networking.k8s.io"),
    (r"horizontal\s*pod\s*autoscalers?|hpas?|autoscalers?", "horizontalpodautoscalers.autoscaling"),
    (r"(?:pod\s*)?disruption\s*budgets?|pdbs?", "poddisruptionbudgets.policy"),
    (r"role\s*bindings?", "rolebindings.rbac.authorization.k8s.io"),
    (r"roles?", "roles.rbac.authorization.k8s.io"),
    (r"custom\s*resource\s*definitions?|crds?", "customresourcedefinitions.apiextensions.k8s.io"),
    (r"resource\s*quotas?", "resourcequotas"),
    (r"limit\s*ranges?", "limitranges"),
    (r"events?", "events"),
    (r"endpoints?", "endpoints"),
)
_DET = r"(?:(?:the|any|its|their|all(?:\s+the)?|of\s+the)\s+)?"
_KIND = re.compile(
    r"(?<![\w.-])" + _DET + "(" + "|".join(f"(?:{w})" for w, _ in _WORDS) + r")(?![\w-]|\.\w)"
)
_UNKNOWN = re.compile(_DET + r"([a-z][\w-]*(?:\.[\w-]+)*)")
_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+|nor\s+)?|\s(?:and|or|nor|plus)\s|&|\+|/)\s*")

# Cues before a list. Strong cues filter whatever follows (an unknown kind is asked); weak ones
# ("without", "no", "only" …) have other uses and filter only kinds known here.
_STRONG_OUT = (
    r"\bleav(?:e|ing)\s+out|\bexclud(?:e|ing)|\bexcept(?:\s+for)?|\bminus|\bskip(?:ping)?|"
    r"\bomit(?:ting)?|\bignor(?:e|ing)|\bapart\s+from|\bother\s+than|--exclude-resources"
)
_WEAK_OUT = (
    r"\b(?:everything|all)\s+but|\bwithout|\bbut\s+not|\bnot|\bno|"
    r"\b(?:do\s+not|don'?t|never)\s+(?:back\s*up|include|save|copy|snapshot|take|grab)"
)
_STRONG_IN = r"--include-resources|\binclude\s+only|\bonly\s+include"
# Round 25 (parts, V): "backup the configmaps", "back up all secrets": kinds said right after
# the verb are what is backed up (was the whole namespace).
_WEAK_IN = r"\bjust|\bonly|\bnothing\s+but|\bsolely|\bexclusively|\bback(?:ing)?[\s-]*up|\bbackup"
_CUE = re.compile(
    rf"(?:(?P<so>{_STRONG_OUT})|(?P<wo>{_WEAK_OUT})|(?P<si>{_STRONG_IN})|(?P<wi>{_WEAK_IN}))"
    r"(?:\s*=\s*|\s+)"
)
# "leave secrets out", "keep the pvcs out of it": the cue after the list.
_LEAVE = re.compile(r"\b(?:leav(?:e|ing)|keep(?:ing)?)\s+")
_OUT = re.compile(r"\s+out\b")
# "secrets excluded", "pvcs left out", "configmaps only".
_AFTER_OUT = re.compile(r"\s+(?:excluded|left\s+out|not\s+included|stay(?:ing)?\s+out)\b")
_AFTER_IN = re.compile(r"\s+only\b")
# "just the widgets of this namespace": a kind of the namespace, whatever its name.
_OF_NAMESPACE = re.compile(r"\s+(?:of|in|from)\s+(?:the|this|our|my)\s+namespace\b")

# Words that start another clause after a list, never a thing left out.
_NOT_LISTED = re.compile(
    r"(?:run|runs|do|keep|schedule|at|every|daily|nightly|hourly|weekly|then|store|retain|"
    r"send|put|make|set|with|for|to|expire|ttl|in|on|each|it|that|please|also|snapshot|"
    r"include|back|name|call)$"
)


@dataclass(frozen=True)
class Filter:
    """Resource names to include and exclude; ``snapshot_volumes`` False when said so."""

    included: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    snapshot_volumes: bool | None = None
    said: tuple[str, ...] = ()  # the words read, for the plan's analysis

    def __bool__(self) -> bool:
        return bool(self.included or self.excluded or self.snapshot_volumes is not None)


def starts(text: str, pos: int = 0) -> bool:
    """Whether a resource kind this module knows is named at ``pos`` in ``text`` ("the pvcs")."""
    return _KIND.match(text, pos) is not None


def _name(word: str) -> str:
    for pattern, name in _WORDS:
        if rx(pattern).fullmatch(word):
            return name or word
    raise AssertionError(word)  # pragma: no cover - _KIND matched one of _WORDS


def _list(text: str, pos: int) -> tuple[list[tuple[str, str]], int]:
    """Kinds listed from ``pos`` ("the configmaps and secrets"): (word, name) pairs, end."""
    found: list[tuple[str, str]] = []
    while m := _KIND.match(text, pos):
        found.append((m.group(1), _name(m.group(1))))
        pos = m.end()
        sep = _SEP.match(text, pos)
        if not sep or not _KIND.match(text, sep.end()):
            break
        pos = sep.end()
    return found, pos


def _matches(text: str) -> list[tuple[str, int, int, list[tuple[str, str]], str]]:
    """Every filter said: (in|out, start, end, kinds, unknown word) — pure text."""
    out: list[tuple[str, int, int, list[tuple[str, str]], str]] = []
    for m in _CUE.finditer(text):
        way = "out" if m.group("so") or m.group("wo") else "in"
        kinds, end = _list(text, m.end())
        strong = bool(m.group("so") or m.group("si"))
        if kinds and way == "in" and not strong and not _plural(kinds):
            # "only the statefulset": that one object, not a kind.
            continue
        if kinds:
            out.append((way, m.start(), end, kinds, ""))
            # "everything but secrets and orders": a name listed on among the kinds left out
            # is no kind, and is asked like any unknown word after a cue.
            sep = _SEP.match(text, end)
            if (
                way == "out"
                and sep
                and sep.group(0).strip() not in (",", "/")
                and (unknown := _UNKNOWN.match(text, sep.end()))
                and not _NOT_LISTED.match(unknown.group(1))
            ):
                out.append((way, m.start(), unknown.end(), [], unknown.group(1)))
        elif (
            (strong or (way == "in" and _of_namespace(text, m.end())))
            and (unknown := _UNKNOWN.match(text, m.end()))
            # "include only the postgres statefulset and its volumes": one workload named with
            # its kind, backed up by its labels — no kind of object to filter on.
            and not _ONE_WORKLOAD.match(text, unknown.end())
        ):
            out.append((way, m.start(), unknown.end(), [], unknown.group(1)))
    for m in _LEAVE.finditer(text):
        kinds, end = _list(text, m.end())
        if (o := _OUT.match(text, end)) and kinds:
            out.append(("out", m.start(), o.end(), kinds, ""))
        elif not kinds and (unknown := _UNKNOWN.match(text, m.end())):
            word = unknown.group(1)
            if (o := _OUT.match(text, unknown.end())) and word not in ("it", "them", "that"):
                out.append(("out", m.start(), o.end(), [], word))
    for m in _KIND.finditer(text):
        kinds, end = _list(text, m.start())
        if o := _AFTER_OUT.match(text, end):
            out.append(("out", m.start(), o.end(), kinds, ""))
        elif (o := _AFTER_IN.match(text, end)) and _plural(kinds):
            out.append(("in", m.start(), o.end(), kinds, ""))
    return out


_ONE_WORKLOAD = re.compile(
    r"\s+(?:statefulset|sts|deployment|deploy|daemonset|database|db|app|workload|instance)\b"
)


def _plural(kinds: list[tuple[str, str]]) -> bool:
    return all(word.endswith("s") for word, _ in kinds)


def _of_namespace(text: str, pos: int) -> bool:
    m = _UNKNOWN.match(text, pos)
    return bool(m and _OF_NAMESPACE.match(text, m.end()))


def spans(text: str) -> list[tuple[int, int]]:
    """Where filters are said: the guard's negation check leaves these to :func:`read`."""
    return [(start, end) for _, start, end, _, _ in _matches(text)]


def read(text: str) -> Filter:
    """The resource filter said in ``text`` (lower-case); asks about a kind it cannot name."""
    included: list[str] = []
    excluded: list[str] = []
    snapshots: bool | None = None
    said: list[str] = []
    for way, start, end, kinds, unknown in _matches(text):
        if unknown:
            phrase = text[start:end].strip()
            raise Clarify(
                f"I read {phrase!r}: a backup that takes or leaves out {unknown!r} is a Velero "
                "resource filter, but I do not know which Kubernetes resource that is. Say the "
                "kind (secrets, configmaps, pvcs, deployments, services …) or its full name "
                "with the API group (e.g. certificates.cert-manager.io); to leave a workload "
                "out, back up the others by their labels."
            )
        said.append(text[start:end].strip())
        for _, name in kinds:
            if name == "volume-snapshots":
                if way == "in":
                    raise Clarify(
                        "Velero snapshots volumes as part of a backup, not on their own: back "
                        "up the pvcs ('just the pvcs'), or say what to leave out."
                    )
                snapshots = False
            elif way == "in" and name not in included:
                included.append(name)
            elif way == "out" and name not in excluded:
                excluded.append(name)
    if both := set(included) & set(excluded):
        raise Clarify(
            f"I read {', '.join(sorted(both))} both as taken and as left out of the backup: "
            "which one?"
        )
    return Filter(tuple(included), tuple(excluded), snapshots, tuple(dict.fromkeys(said)))
