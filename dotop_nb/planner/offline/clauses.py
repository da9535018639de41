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

from dotop_nb.planner.offline import followers, guard, understand
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.rx import rx

# A list word between two items of one request.
_JOIN = re.compile(
    r"\s*,?\s+(?:and|&|plus|as\s+well\s+as|along\s+with|together\s+with)\s+"
    r"(?:then\s+|also\s+|please\s+)*"
    # Round 22: "worker/mailer", "worker (and mailer)", "worker - also the mailer",
    # "worker. also mailer.", "worker. mailer too.": the same list, said another way.
    r"|(?<=\w)/(?=[a-z])|\s*\(\s*(?:and|also|plus)\s+|\s+[-\u2013\u2014]+\s+(?:and\s+)?also\s+"
    r"|\s*[.;]\s+(?:and\s+)?also\s+|\s*[.;]\s+(?=(?:the\s+)?[a-z0-9][\w\-]*\s+(?:too|as\s+well)\b)"
    r"|\s*,?\s+then\s+(?:also\s+|please\s+)*|\s*\+\s*",
    re.I,
)
_COMMA = re.compile(r"\s*,\s*(?!and\b|then\b)", re.I)
# What an item may say before the list goes on or the request carries on.
_TOKEN = re.compile(r"\s*([a-z0-9][\w\-.=/:%'\u2019]*)", re.I)
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
# Round 37 (gap40b, blind40): the nodes a workload's pods are spread over ("… and spread it
# across nodes", Pidgin "spread am across nodes") name no node to act on: the order is the
# placement rule's, read as "… and spread the pods across nodes" is.
_OVER_NODES = re.compile(
    r"\b(?:across|over|between|among)\s+(?:the\s+|all\s+|different\s+|multiple\s+)?nodes\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[;!?]|[.:](?:\s|$)|,|\s(?:and|then)\s")
# Round 22: a word that orders ("flush redis", "label it tier=backend", "reload nginx"): the
# item is a second order, kept only when a rule reads it.
# (Not the verbs the rules plan, guard.VERBS: those are read as before.)
_ORDER = rx(
    r"(?:flush|rotate|label|annotate|reload|clear|drain|cordon|uncordon|taint|reindex|migrate|"
    r"reset|renew|rerun|trigger|invalidate|evict|prune|truncate|vacuum|recreate|rebuild|"
    r"redeploy|promote|regenerate|rebalance|reboot)",
    re.I,
)
# What uses or holds a planned object, which no plan here changes with it (round 22).
_USERS = rx(
    r"\b(?:that|which|who)\s+(?:uses?|depends?|depend\s+on|calls?|talks?|reads?|needs?|"
    r"relies|rely|points?|connects?|mounts?)\b",
    re.I,
)
_HELD = frozenset(
    """pvc pvcs volume volumes persistentvolumeclaim persistentvolumeclaims pv pvs secret secrets
    data database db disk disks storage ingress ingresses certificate cert certs""".split()
)
# What a workload has that a list may set beside its name ("… replicas to 3 and image to …").
_FIELDS = frozenset(
    """image images tag version replicas replica memory cpu limit limits request requests port
    ports env pull policy strategy probe""".split()
)
# What a bare comma may end a request with that is no list item ("restart worker, thanks").
_COURTESY = frozenset(
    """thanks thx ty cheers urgent folks team guys everyone all ok okay kthx ta pls plz""".split()
)
_KEY = re.compile(r"[A-Z][A-Z0-9_]{2,}")
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
        word = m.group(1).replace("\u2019", "'").rstrip(".'").lower()
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


def _verdict(
    ctx: Ctx, words: list[str], names: set[str], clause: str = "", *, deleting: bool = False
) -> str:
    """``"known"``, ``"watch"`` (an order that changes nothing) or ``"unknown"``; ``clause``
    is the rest of the item's clause, with the value said after it."""
    if not words:
        return "known"
    said = [w for w in words if w not in _FILLER] or words
    if _ORDER.fullmatch(said[0]) and said[0] not in names:
        # Round 22: "… and flush redis", "…, label it tier=backend": an order, planned only
        # when a rule reads it; a watch is said, not planned.
        if _WATCH.match(" ".join(words)):
            return "watch"
        if (
            not _NODE.search(_OVER_NODES.sub(" ", " ".join(words)))
            and understand.read(clause or " ".join(words)).best
        ):
            return "known"
        return "unknown"
    if words[0] in _POINTS and (
        _USERS.search(clause or " ".join(words))
        or (deleting and len(words) > 1 and words[1] in _HELD)
    ):
        # Round 22: "… and everything that uses it", "… and its PVC": what the plan leaves.
        return "unknown"
    if (
        words[0] in _POINTS | _KEEP
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
    if (
        not _NODE.search(_OVER_NODES.sub(" ", phrase))
        # Round 22: "update frontend and mailer to 1.2.0": an unknown name with its value is
        # one more item of the list, never an order of its own.
        and (words[0] in _FIELDS or not rx(rf"{re.escape(words[0])}\s+(?:to|=)\s").match(clause))
        and understand.read(read).best is not None
    ):
        return "known"  # an order of its own, read by a rule (planned, or asked there)
    return "unknown"


# Round 43 (a43): "worker needs three pods, and orders too" scaled orders alone: a request whose
# first word names a workload, with ", (and) <another> too" at its end, said of both; a plan that
# changes the last and not the first is asked, never made for one.
_BOTH_TOO = re.compile(
    r"^\W*(?:the\s+)?(?P<first>[a-z0-9][\w\-]*)\s[^,;.]*,\s*(?:and\s+)?(?:the\s+)?"
    r"(?P<last>[a-z0-9][\w\-]*)\s+(?:too|as\s+well|also)\W*$",
    re.I,
)
# Round 43 (a43): "restart my-api, Sam should change LOG_LEVEL to debug" planned Sam's change: a
# clause after the order that gives a change to a person by name ("Sam should …", "Priya will
# …", "Bob needs to …") is that person's task, not mine. Asked, with the order to say alone
# (never a person's look, "…, Sam will check the logs afterwards").
_THEIR_TASK = re.compile(
    r"(?:[,;.]|\s[\u2014\u2013-]+|\s(?:and|but|then|while))\s+(?P<who>(?-i:[A-Z][a-z]{1,20}))\s+"
    r"(?:should|will|can|could|must|shall|has\s+to|needs\s+to|is\s+going\s+to|is\s+to|'ll)\s+"
    r"(?:(?:also|then|please)\s+)?(?P<verb>change|set|update|upgrade|restart|scale|delete|remove|"
    r"patch|bump|roll|deploy|redeploy|edit|modify|add|apply|drain|bounce|switch|turn|flip|raise|"
    r"lower|increase|decrease)\b",
    re.I,
)
# The capitalised words a clause opens with that name no person ("Then we should …").
_NOT_A_PERSON = frozenset(
    """then it this that we you they i he she someone somebody everyone everybody nobody
    anyone anybody who which what also and but so there here now later next ops sre dev qa
    team""".split()
)
# Round 43 (a43): "remove payments-config, payments doesn't stay" deleted payments' whole stack:
# a workload said not to stay beside a delete may be one more thing to delete or one to keep.
# Asked, never read either way.
_NOT_STAY = re.compile(
    r"\b(?P<name>[a-z0-9][\w\-]*)\s+(?:doesn'?t|does\s+not|won'?t|will\s+not|shouldn'?t|"
    r"should\s+not|isn'?t\s+going\s+to)\s+(?:stay|remain|survive|be\s+kept|stick\s+around)\b",
    re.I,
)


def _a43_asked(ctx: Ctx, said: str, operations: Sequence[Any], planned: set[str]) -> str | None:
    """The question Round 43 (a43)'s rules above ask of the finished plan, or None."""
    if (both := _BOTH_TOO.match(said)) and (
        (first := both["first"].lower()) not in planned
        and both["last"].lower() in planned
        and first in ctx.lowered_object_names()
    ):
        return (
            f"I read {both['first']!r} and {both['last']!r} as both meant, but the plan changes "
            f"only {both['last']}. Say the change for each (e.g. 'scale {both['first']} and "
            f"{both['last']} to N'), and I will plan both."
        )
    for task in _THEIR_TASK.finditer(said):
        if (
            task["who"].lower() not in _NOT_A_PERSON
            and task["who"].lower() not in ctx.lowered_object_names()
        ):
            return (
                f"I read {said[task.start('who') :].strip()!r} as {task['who']}'s task, not a "
                f"change for me to make, so I changed nothing. Say only what I should change "
                f"(e.g. {said[: task.start()].strip()!r})."
            )
    if any(str(op.summary()).startswith("delete ") for op in operations) and (
        stay := _NOT_STAY.search(said)
    ):
        return (
            f"I read {stay.group(0)!r}: it may mean {stay['name']} is to be deleted too, or "
            "that it must be kept, so I changed nothing. Name each object to delete, and say "
            "what stays (e.g. 'delete … but keep …')."
        )
    return None


def dropped(ctx: Ctx, said: str, operations: Sequence[Any]) -> tuple[str | None, list[str]]:
    """A question when a part of ``said`` beside the planned objects is in no plan, and the
    orders that only watch or tell (not planned, to be said in the analysis)."""
    planned = {op.target.name.lower() for op in operations if getattr(op, "target", None)}
    if not planned:
        return None, []
    if asked := _a43_asked(ctx, said, operations, planned):
        return asked, []
    names = set(ctx.lowered_object_names()) | planned
    # "set LOG_LEVEL=debug on my-api and …": the workload whose own ConfigMap the plan patches
    # ("my-api-config") is what the request named.
    # (Each "-" of a planned name ends a name that could be its owner's: a lookup of each,
    # not a pass over the namespace's names.)
    planned |= {
        p[:i] for p in planned for i, c in enumerate(p) if c == "-" and p[:i] in names
    } - planned
    lowered = said.lower()
    watched: list[str] = []
    # "delete cache and its PVC": what a delete leaves behind (round 22).
    deleting = any(str(op.summary()).startswith("delete ") for op in operations)
    for name in sorted(planned, key=len, reverse=True):
        words = r"[\s\-_]+".join(map(re.escape, rx(r"[-_]").split(name)))
        # "worker/mailer" is a list (round 22); "worker/v2" or "acme/worker:1" is no name.
        for m in rx(
            rf"(?<![\w\-./]){words}(?:'s)?(?![\w\-]|/(?![a-z][\w\-]*\b(?![/:.\w])))"
        ).finditer(lowered):
            if question := _before(ctx, lowered, said, m.start(), names):
                return question, watched
            pos = m.end()
            while True:
                tail, item_at = _tail(lowered, pos, said)
                if item_at is None:
                    break
                item, end = _item(lowered, item_at)
                clause = _CLAUSE_END.split(lowered[item_at:], maxsplit=1)[0]
                verdict = _verdict(ctx, item, names, clause, deleting=deleting)
                phrase = said[item_at:end].strip().rstrip(".")
                if verdict == "watch":
                    watched.append(phrase)
                    break
                if (
                    verdict == "unknown"
                    and (
                        lowered[tail:item_at].strip() != ","
                        or (_JOIN.match(lowered, end) and len(item) == 1)
                        # Round 22: "…, label it tier=backend", "restart worker, mailer".
                        or _ORDER.fullmatch(item[0])
                        or (
                            not lowered[end:].strip(" .!")
                            and _listed(item, names)
                            and _LEADING.search(lowered[: m.start()])
                        )
                    )
                ):
                    # After a bare comma, only an item the list goes on from ("payments,
                    # billing and frontend"): else the comma may start a remark.
                    return _question(said, phrase, tail, end), watched
                if not _known(ctx, item, planned):
                    break
                pos = end
    return None, watched


def _listed(item: list[str], names: set[str]) -> bool:
    """Whether the last words of a request after a bare comma read as one more item of the list
    ("restart worker, mailer"), not a courtesy or how ("…, thanks", "…, quickly"), nor the
    reader called or an end particle that names no object here ("…, bro", "…, cher", "…,
    yeah": :data:`.followers.ADDRESS`, round 39)."""
    if len(item) == 1 and item[0] in followers.ADDRESS and item[0] not in names:
        return False
    return len(item) == 1 and not any(w in _COURTESY or w.endswith("ly") for w in item)


def _tail(lowered: str, pos: int, said: str = "") -> tuple[int, int | None]:
    """Where the list word after the item at ``pos`` starts, and where the next item starts
    (None when the request does not go on with a list word, within a few words of how)."""
    if m := _COMMA.match(lowered, pos):
        return m.start(), m.end()
    words = 0
    at = pos
    key = False  # "set orders-config QUEUE to high and …": a key, then its value
    value = False  # "scale orders to 3, label it …": a comma after the value goes on
    while words <= 3:
        if m := _JOIN.match(lowered, at):
            return m.start(), m.end()
        if value and (m := _COMMA.match(lowered, at)):
            return m.start(), m.end()  # Round 22: "scale orders to 3, label it …"
        token = _TOKEN.match(lowered, at)
        if token is None or token.group(1)[-1] in ".:":
            return at, None  # a sentence's end: what follows is no list item
        if said and _KEY.fullmatch(said[token.start(1) : token.end(1)]):
            key = True
        elif (
            key
            and lowered[at : token.start(1)].strip() == ""
            and words
            and (lowered[: token.start(1)].rstrip().endswith((" to", "=")))
        ):
            pass  # the key's value, whatever its word
        elif token.group(1) not in _BETWEEN | _FILLER and not _VALUE.fullmatch(token.group(1)):
            # "scale frontend to 4 and …": only a value (and its preposition) may stand
            # between the planned object and the next order.
            return at, None
        value = value or bool(_VALUE.fullmatch(token.group(1)))
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
