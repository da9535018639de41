"""Every part of a request is in the plan or the reason for a question: none is dropped.

A request lists what it changes ("restart payments and frontend") or chains its orders ("scale
frontend to 4 and drain node-1"). A rule plans what it reads; an item of the list that names
nothing here ("restart payments and notifications") or a second order no rule plans ("… and
rotate the TLS cert") was silently left out, and the plan did part of what was asked. Read
here once, on the finished plan of every category, from the objects the plan changes:

- an item joined to a planned object by a list word (``and``, ``,``, ``&``, ``plus``, ``as well
  as``, ``then``) must name an object of the namespace (a workload, what it runs, a ConfigMap,
  a Service …), belong to one ("its configmap"), be a value, or be read by a rule as an order
  of its own; anything else is asked, with the rest of the request to say alone;
- an order beside the plan that only watches or tells ("… and check the logs", "… and let me
  know") changes nothing: planned without it, and the analysis says it was not done.

Example::

    dropped(ctx, "restart payments and notifications", plan.operations)
    # -> "I read 'notifications' … say 'restart payments' alone …"
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from dotop_nb.planner.offline import guard, understand
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.rx import rx

# A list word between two items of one request.
_JOIN = re.compile(
    r"\s*,?\s+(?:and|&|plus|as\s+well\s+as)\s+(?:then\s+|also\s+|please\s+)*"
    r"|\s*,?\s+then\s+(?:also\s+|please\s+)*|\s*\+\s*",
    re.I,
)
_COMMA = re.compile(r"\s*,\s*(?!and\b|then\b)", re.I)
# What an item may say before the list goes on or the request carries on.
_TOKEN = re.compile(r"\s*([a-z0-9][\w\-.=/:%']*)", re.I)
# Words that end an item: what follows is how or when, not what.
_STOP = frozenset(
    """to on in at with by for from of after before once when whenever if unless so because
    since until till now please too as first tonight today tomorrow asap but while during
    without and then or plus also again right immediately afterwards after next via into
    instead only""".split()
)
# Words a request says of a list item besides its name: its kind, or a filler.
_FILLER = frozenset(
    """the a an one ones deployment deployments deploy statefulset statefulsets sts daemonset
    daemonsets ds service services svc configmap configmaps cm config pdb pdbs hpa hpas pod
    pods workload workloads app apps replicas replica container containers""".split()
)
# Items that point at what is already named: "its service", "everything that belongs to it".
_POINTS = frozenset(
    """its it it's their them they everything all everyone anything rest others other that
    this those these same both whatever do we i you we'll i'll let's he she each every
    everybody somebody someone people users good thanks thank cheers""".split()
)
# "… and what belongs to it": what the named object brings with it.
_WHAT_OF_IT = frozenset(
    "belongs belong goes go comes come depends depend hangs it its they".split()
)
# "… and make it pick it up": an order whose object is what is named already.
_IT = frozenset("it them its their this that".split())
# "… and force a new deployment": the rollout the change makes, said again (every word of it).
_REDEPLOY = frozenset(
    "force forcing trigger triggering kick do new fresh another a rollout redeploy deployment "
    "roll out".split()
)
# A negation anywhere in the item: what not to do, read against the plan by :mod:`.negated`.
_NEGATION = frozenset("don't dont never no not nothing none nobody without".split())
# What stays as it is ("… and leave the app container"): a prohibition, read as one.
_KEEP = frozenset("leave keep spare preserve retain".split())
# Orders that watch or tell and change nothing: planned without them, and said.
_WATCH = re.compile(
    r"(?:(?:double-?)?check|watch|verify|confirm|look|see|observe|keep|make\s+sure|ensure|let|tell|notify|"
    r"inform|ping|report|post|send|update\s+(?:me|us|the\s+(?:team|channel|ticket))|wait|"
    r"test|validate|tail|follow)\b",
    re.I,
)
# A node of the cluster: never an object of the namespace, nor one a rule plans.
_NODE = re.compile(r"\bnodes?\b|\bnode-?\w+\b|\bworker-?node", re.I)
_CLAUSE_END = re.compile(r"[;!?]|[.:](?:\s|$)|,|\s(?:and|then)\s")
_VALUE = re.compile(r"v?\d[\w.%]*|\S*[=:/]\S*", re.I)
_BETWEEN = frozenset("to by at down up replicas replica pods instances zero".split())
_LEADING = rx(
    rf"(?:^|[.;:!?]\s+)\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:{guard.VERBS})"
    r"(?:\s+(?:down|up|out|back|over))?\s+$",
    re.I,
)


def _item(text: str, start: int) -> tuple[list[str], int]:
    """The words of the list item at ``start`` (at most four, up to a word of how or when)
    and where it ends."""
    words: list[str] = []
    pos = start
    while len(words) < 4 and (m := _TOKEN.match(text, pos)):
        word = m.group(1).rstrip(".'").lower()
        if word in _STOP:
            break
        words.append(word)
        pos = m.end()
    return words, pos


def _known(ctx: Ctx, words: list[str], names: set[str]) -> bool:
    """Whether ``words`` name an object of the namespace (or what one runs)."""
    said = [w for w in words if w not in _FILLER]
    if not said:
        return True
    if any(
        "-".join(said[i:j]) in names for i in range(len(said)) for j in range(i + 1, len(said) + 1)
    ):
        return True
    try:
        return bool(ctx.workloads(" ".join(said)))
    except Clarify:  # a name read two ways is asked by the name reader
        return True


def _verdict(ctx: Ctx, words: list[str], names: set[str], clause: str = "") -> str:
    """``"known"``, ``"watch"`` (an order that changes nothing) or ``"unknown"``; ``clause``
    is the rest of the item's clause, with the value said after it."""
    if (
        not words
        or words[0] in _POINTS | _KEEP
        or (words[0] == "what" and (len(words) == 1 or words[1] in _WHAT_OF_IT))
        or (len(words) > 1 and words[1] in _IT and rx(rf"(?:{guard.VERBS})").fullmatch(words[0]))
        or (set(words) <= _REDEPLOY and bool(set(words) & {"rollout", "redeploy", "deployment"}))
        or any(_VALUE.fullmatch(w) or w in _NEGATION for w in words)
    ):
        return "known"
    phrase = " ".join(words)
    if _known(ctx, words, names):
        return "known"
    if _WATCH.match(phrase):
        return "watch"
    # "… and switch its pull policy to Always": an order read with its value; a bare name
    # ("… and auth to 1.5.0") lends the clause no order of its own.
    read = clause if len([w for w in words if w not in _FILLER]) > 1 else phrase
    if not _NODE.search(phrase) and understand.read(read).best is not None:
        return "known"  # an order of its own, read by a rule (planned, or asked there)
    return "unknown"


def dropped(ctx: Ctx, said: str, operations: Sequence[Any]) -> tuple[str | None, list[str]]:
    """A question when a part of ``said`` beside the planned objects is in no plan, and the
    orders that only watch or tell (not planned, to be said in the analysis)."""
    planned = {op.target.name.lower() for op in operations if getattr(op, "target", None)}
    if not planned:
        return None, []
    names = {n.lower() for n in ctx.object_names()} | planned
    # "set LOG_LEVEL=debug on my-api and …": the workload whose own ConfigMap the plan patches
    # ("my-api-config") is what the request named.
    planned |= {n for n in names for p in planned if p.startswith(f"{n}-") and n not in planned}
    lowered = said.lower()
    watched: list[str] = []
    for name in sorted(planned, key=len, reverse=True):
        words = r"[\s\-_]+".join(map(re.escape, rx(r"[-_]").split(name)))
        for m in rx(rf"(?<![\w\-./]){words}(?:'s)?(?![\w\-/])").finditer(lowered):
            if question := _before(ctx, lowered, said, m.start(), names):
                return question, watched
            pos = m.end()
            while True:
                tail, item_at = _tail(lowered, pos)
                if item_at is None:
                    break
                item, end = _item(lowered, item_at)
                clause = _CLAUSE_END.split(lowered[item_at:], maxsplit=1)[0]
                verdict = _verdict(ctx, item, names, clause)
                phrase = said[item_at:end].strip()
                if verdict == "watch":
                    watched.append(phrase)
                    break
                if verdict == "unknown" and (
                    lowered[tail:item_at].strip() != ","
                    or (_JOIN.match(lowered, end) and len(item) == 1)
                ):
                    # After a bare comma, only an item the list goes on from ("payments,
                    # billing and frontend"): else the comma may start a remark.
                    return _question(said, phrase, tail, end), watched
                if not _known(ctx, item, planned):
                    break
                pos = end
    return None, watched


def _tail(lowered: str, pos: int) -> tuple[int, int | None]:
    """Where the list word after the item at ``pos`` starts, and where the next item starts
    (None when the request does not go on with a list word, within a few words of how)."""
    if m := _COMMA.match(lowered, pos):
        return m.start(), m.end()
    words = 0
    at = pos
    while words <= 3:
        if m := _JOIN.match(lowered, at):
            return m.start(), m.end()
        token = _TOKEN.match(lowered, at)
        if token is None or token.group(1)[-1] in ".:":
            return at, None  # a sentence's end: what follows is no list item
        if token.group(1) not in _BETWEEN and not _VALUE.fullmatch(token.group(1)):
            # "scale frontend to 4 and …": only a value (and its preposition) may stand
            # between the planned object and the next order.
            return at, None
        words += 1
        at = token.end()
    return at, None


def _before(ctx: Ctx, lowered: str, said: str, start: int, names: set[str]) -> str | None:
    """ "delete notifications and worker": the item before the planned one, right after the
    verb that leads the request."""
    for count in range(3):
        m = rx(
            rf"((?:the\s+)?[a-z0-9][\w\-]*(?:\s+[a-z0-9][\w\-]*){{{count}}})"
            r"(\s*,?\s+(?:and|&|plus)\s+)$"
        ).search(lowered[:start])
        if m is None or not _LEADING.search(lowered[: m.start()]):
            continue
        item = [w for w in m.group(1).split() if w != "the"]
        if _verdict(ctx, item, names) != "unknown":
            return None
        return _question(said, said[m.start(1) : m.end(1)], m.start(1), m.end(2))
    return None


def _question(said: str, phrase: str, cut: int, end: int) -> str:
    rest = " ".join(f"{said[:cut]} {said[end:]}".split()).strip(" ,")
    return (
        f"I read {phrase!r} as one more part of {said.strip()!r}, but nothing here is called "
        "that and no rule of mine plans it; I never do part of a request and drop the rest. "
        f"Say the rest alone (e.g. {rest!r}), and {phrase!r} by the name of an object in "
        "this namespace, or to someone who can do it."
    )
