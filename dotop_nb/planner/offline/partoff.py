"""A removal or switch-off of a PART of a workload never acts on the whole workload (round 24,
issue 11; the fourth attack's "parts" family).

"remove the checkout latency alert", "delete the frontend dark mode", "get rid of the orders
retry queue" deleted the workload (with its Service and ConfigMap); "turn off the frontend
maintenance page", "shut down the postgres replica", "switch off the my-api swagger ui" scaled
it to 0: the delete and switch-off rules found the workload's name and took the words after it
as noise.

Rule (an allow-list): when a finished plan deletes a workload or scales it to 0, and the order's
verb (delete, remove, get rid of, nuke, drop, destroy, tear down, take down, turn off, switch
off, shut down, disable, stop, scale down) is followed by the workload's name, every word after
the name up to the end of its phrase must be a word for the workload itself (deployment, app,
service, statefulset, workload, pods, stack, …). The phrase ends at punctuation or at a word
that starts something else ("and everything that belongs to it", "now", "since it is unused",
"tomorrow", "to 0", …). Any other word ("latency alert", "dark mode", "replica", "old version")
is asked, naming it and saying what to type. The nearest orders still plan: "delete checkout",
"delete the checkout deployment", "tear down orders and everything that belongs to it", "shut
down worker", "turn off worker", "scale frontend to 0", "delete worker, it is unused". A reply
(refinements) is not checked again.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from typing import Any

from dotop_nb.planner.offline.context import containers
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import lowered
from dotop_nb.ports import PlanResult

__all__ = ["check", "unread"]

Live = Callable[[str, str], "dict[str, Any] | None"]

_VERB = (
    r"(?:delete|remove|get\s+rid\s+of|nuke|drop|destroy|kill|tear\s+down|take\s+down|"
    r"turn\s+off|switch\s+off|shut\s+(?:down|off)|disable|stop|scale\s+down|scale|"
    r"decommission|uninstall|wipe|purge|erase)"
)
_LEAD = r"(?:(?:the|our|my|that|this|your)\s+)?"
_TOKEN = re.compile(r"\w[\w'-]*|\S")
# Words for the workload itself, or a kind of object a delete reads.
_SELF = frozenset(
    """
    deployment deployments deploy deploys statefulset statefulsets sts daemonset daemonsets ds
    service services svc svcs app apps application applications workload workloads pod pods
    replicas instances container containers stack stacks thing things resources objects
    k8s kubernetes microservice microservices server servers backend api
    configmap configmaps cm pdb pdbs hpa hpas object poddisruptionbudget poddisruptionbudgets
    disruption budget budgets horizontalpodautoscaler autoscaler autoscalers config configs
    task tasks job jobs cronjob cronjobs allocation allocations
    """.split()
)
# Words that end the phrase of the object: what comes next is not a part of it.
_STOP = frozenset(
    """
    and or with without since because cause cuz as if when whenever once while now at on in
    from to into onto before after until till by for so but then than tomorrow tonight today
    yesterday this next asap please pls plz immediately right completely entirely fully
    permanently forever too also again already first later soon altogether it its it's is was
    are were be been being which that who whom we i you they he she thanks thank thx ty
    everything all every entire whole safely quickly gracefully cleanly force forcefully
    forcibly of over during via using per except including no not
    the a an any one along together except plus incl including yes ok okay
    namespace ns cluster here there altogether totally outright wholesale only alone itself
    just prior ahead
    """.split()
)
# "scale worker down to 0", "turn worker off": a particle of the verb, when nothing follows it
# but the end or a word that ends the phrase ("the orders down alert" is a part).
_PARTICLES = frozenset(("down", "off", "up", "out", "away", "back"))
_OFF_VERB = re.compile(r"^(?:turn|switch|shut|disable|stop|scale|take)\b", re.I)


def _hit(result: PlanResult, name: str) -> str | None:
    """The kind of the workload ``name`` the plan deletes or scales to 0, if it does."""
    for op in result.operations:
        kind = op.target.kind.lower()
        if op.target.name != name or kind not in ("deployment", "statefulset", "daemonset"):
            continue
        if op.kind == "delete" or (op.kind == "scale" and getattr(op, "replicas", None) == 0):
            return kind
    return None


def _runs(live: Live | None, kind: str, name: str) -> frozenset[str]:
    """The words of the names of the containers ``name`` runs ("the cache proxy": what it
    runs, the workload itself)."""
    obj = live(kind.capitalize().replace("set", "Set"), name) if live else None
    if not obj:
        return frozenset()
    return frozenset(
        word
        for c in containers(obj)
        for word in [c.get("name", "").lower(), *c.get("name", "").lower().split("-")]
        if word
    )


# "the frontend deploymnet": a kind word mistyped is still the kind.
_KIND_WORDS = ("deployment", "statefulset", "daemonset", "service", "workload", "application")


def _misspelt_kind(token: str) -> bool:
    return len(token) >= 6 and bool(difflib.get_close_matches(token, _KIND_WORDS, 1, 0.8))


def _ends(token: str) -> bool:
    return (not token[0].isalnum() and token[0] != "_") or token in _STOP or token.isdigit()


def unread(rest: str, allowed: frozenset[str] = _SELF) -> list[str]:
    """The words at the start of ``rest`` (up to the end of the phrase) that are not in
    ``allowed``: what a name followed by them was not read as."""
    words: list[str] = []
    tokens = [m.group(0).lower() for m in _TOKEN.finditer(rest)]
    for i, token in enumerate(tokens):
        if _ends(token):
            break
        if token in _PARTICLES and (i + 1 == len(tokens) or _ends(tokens[i + 1])):
            break
        if token in allowed or _misspelt_kind(token):
            continue
        words.append(token)
    return words


def check(
    said: str,
    result: PlanResult,
    answered: bool = False,
    workloads: Iterable[str] = (),
    live: Live | None = None,
) -> PlanResult:
    """``result``, or a question in its place when a delete or switch-off of a workload was
    read from words that name a part of it (see the module's rule)."""
    if answered or not result.operations:
        return result
    if not any(op.kind in ("delete", "scale") for op in result.operations):
        return result
    text = said.replace("\u2019", "'").replace("\u2018", "'")
    # (Only a name a plan's operation targets can be hit: the others, in the same order, are
    # skipped without a pass over the operations each; lowered once per set, text.lowered.)
    targets = {op.target.name for op in result.operations}
    names = (
        lowered(workloads)
        if isinstance(workloads, frozenset)
        else frozenset(w.lower() for w in workloads)
    )
    for name in sorted((n for n in names if n in targets), key=len, reverse=True):
        kind = _hit(result, name)
        if kind is None:
            continue
        pattern = rx(
            rf"\b(?P<verb>{_VERB})\s+{_LEAD}(?<![\w-]){re.escape(name)}(?![\w-])(?:'s?(?!\w))?",
            re.I,
        )
        allowed = _SELF | _runs(live, kind, name)
        found = [(m, unread(text[m.end() :], allowed)) for m in pattern.finditer(text)]
        # "stop the checkout experiment, so scale checkout to zero": the workload itself said.
        if not found or any(not left for _, left in found):
            continue
        m, left = found[0]
        words = " ".join(left)
        off = bool(_OFF_VERB.match(m.group("verb")))
        act = "scale the whole workload to 0" if off else "delete the whole workload"
        return result.held_back(
            f"I did not understand {words!r} after {name!r} in "
            f"{text[m.start() :].split(',')[0].strip(' .;!?')!r}: it reads as a part or "
            f"feature of {name}, and I never {act} for a part I cannot read. To delete the "
            f"workload itself type 'delete the {name} {kind}'; to stop all its pods type "
            f"'scale {name} to 0'; to change a part of it, name the container, variable or "
            "object to change by its kind and name."
        )
    return result
