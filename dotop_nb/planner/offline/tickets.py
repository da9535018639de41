"""A ticket read as an SRE reads it: the request, its acceptance criteria, what is out of scope.

Team leads write changes as tickets: "OPS-1102: orders should process batches of 50. AC:
BATCH_SIZE in orders-config reads 50.", "Cleanup OPS-1700: the orders PDB is obsolete. AC:
PDB orders deleted; Deployment orders untouched.", "Ticket OPS-812: checkout needs 5
replicas. AC: 5 pods ready. Out of scope: autoscaling". Read whole, the label, the criteria
and the scope looked like a second request, a stray number or a negation the plan breaks.
The rule, applied to each part by what it IS:

- **The label** ("Ticket OPS-812:", "Cleanup ticket:", "Action item (INC-2291):", "SEC-31:")
  names the ticket: dropped, and a ticket number is never a value.
- **Out of scope** items are prohibitions: a workload becomes "don't touch X"
  (:mod:`.constraints`), anything else "X is off limits" (:mod:`.forbidden`: "autoscaling",
  "the HPA"); a negation already said stays as said.
- **An acceptance criterion** is the state that must hold after the change. Read per item:
  something said to stay ("Deployment orders untouched", "shared-config is not touched",
  "my-api keeps eu", "envoy unchanged") is a prohibition the plan must satisfy ("don't touch
  X"; in a delete, "X stays", the delete rule's own words); something said to be gone ("PDB
  orders deleted", "its Deployment, Service and my-api-config are gone") or a key said to
  read a value ("BATCH_SIZE in orders-config reads 50") is a target state, said as its order;
  an observation of the result ("5 pods ready", "REGION visible in the worker pods") confirms
  the request and is dropped when every value it holds is the request's own (otherwise it
  stays, and the planner asks about the value as for any other). Anything else stays as said.
- **The request line** is planned; when an acceptance criterion gives the order and the
  request line only names the goal (no clause opens with a verb of change, and it holds no
  value the order does not), the goal is the reason and the order is planned.

Nothing is guessed: an item read no way here stays in the text for the rules (and their
questions), exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from dotop_nb.planner.offline import guard, statements
from dotop_nb.planner.offline.rx import rx

# "Ticket OPS-812:", "Cleanup OPS-1700:", "Action item (INC-2291):", "SEC-31:", "INC-2310
# mitigation:", "Change request:", "Action item after the cert rotation:": words that name a
# ticket, or a ticket number, before a colon that ends the label.
_ID = r"[A-Z][A-Z0-9]{1,9}-\d+"
_LABEL = re.compile(
    # "[OPS-1102] …", "OPS-1102 - …": a ticket number in brackets or before a dash.
    rf"^\s*(?:\[{_ID}\]\s*(?::\s*)?|{_ID}\s+[\u2014\u2013-]+\s+)|"
    # Round 27: the number of a list's only item before an order ("1. delete worker", "2)
    # restart payments"): the item's label, never a value (a list of several is read whole).
    # So is a ticket number with no mark before the order ("OPS-123 delete worker").
    rf"^\s*(?:\d{{1,2}}[.)](?![\s\S]*\s\d{{1,2}}[.)]\s)|(?-i:{_ID}))\s+(?=(?:{guard.VERBS})\b)|"
    rf"^\W*(?:(?:{_ID}|(?:change\s+|cleanup\s+|clean-up\s+|follow[- ]up\s+|jira\s+)?"
    r"(?:ticket|request|action\s+item|task|chore|todo|to-do|story|cleanup|clean-up|bug|epic|"
    r"change|follow[- ]up|req|"
    # Round 34 (gap37c): a code review's own labels ("nit: …", "blocking: …", "issue: …").
    r"nit|nitpick|non-blocking|blocking|issue))(?:\s+\(?[\w\s#-]{0,40}?\)?)??)\s*:\s+",
    re.I,
)
_SECTION = re.compile(
    # (Round 33, gap36a: or after a bullet, "• checkout scale to 1 • out of scope: payments".)
    r"(?:(?<=[.;!?\n\u2022])|^)\s*(?P<name>AC|acceptance(?:\s+criteria)?|definition\s+of\s+done|DoD|"
    r"done\s+when|expected\s+(?:result|outcome|state)|"
    r"out\s+of\s+scope|not\s+in\s+scope|non[- ]goals?)\s*:\s*",
    re.I,
)
_SCOPE = re.compile(r"^(?:out\s+of\s+scope|not\s+in\s+scope|non[- ]goals?)$", re.I)
# Items of one section: sentences and ";"-parts; a ","-list is split only when each part
# is read (a ServiceMonitor's "port http, path /metrics" is one item).
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\(?\d{1,2}[).])\s+")
_ITEMS = re.compile(r"\s*(?:;|\.(?=\s|$))\s*")
_PARTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=\S+\s+(?:is|are|stays?|keeps?)\b)")
_REASON = re.compile(
    r"\s*(?:\([^)]*\)|\b(?:until|till|because|since|as|for)\b.*|-\s.*)$",
    re.I,
)
# Said to stay as it is.
_UNTOUCHED = re.compile(
    r"^no\s+(?:changes?|edits?)\s+(?:to|of|on)\s+(?P<no>.+)$|^(?P<what>.+?)\s+(?:(?:is|are|must\s+be|should\s+be|remains?|stays?|left)\s+)?"
    r"(?:itself\s+)?(?:untouched|unchanged|unmodified|intact|not\s+(?:touched|changed|"
    r"modified|affected|restarted|redeployed)|left\s+(?:alone|as\s+is))$",
    re.I,
)
_STAYS = re.compile(
    r"^(?P<what>.+?)\s+(?:(?:must|should)\s+)?(?:stays?|remains?|is\s+kept|are\s+kept|"
    r"keeps?\s+(?:running|existing|its\s+\w+|\w+))$",
    re.I,
)
# Said to be gone: the target state of a delete.
_GONE = re.compile(
    r"^(?P<what>.+?)\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:deleted|gone|"
    r"removed|torn\s+down|cleaned\s+up|no\s+longer\s+exists?|not\s+present\s+any\s?more)$",
    re.I,
)
# "BATCH_SIZE in orders-config reads 50", "LOG_LEVEL of my-api-config is debug".
_READS = re.compile(
    r"^(?P<key>[A-Z][A-Z0-9_]{1,})\s+(?:in|of)\s+(?:the\s+)?(?:configmap\s+)?"
    r"(?P<cm>[a-z0-9][a-z0-9.-]*)\s+(?:reads|is|equals|=|shows|says|holds|contains|set\s+to)"
    r"\s+(?P<value>\S+)$"
)
# An observation of the result: it confirms what the request does.
_OBSERVED = re.compile(
    r"\b(?:ready|running|runs?|visible|present|available|healthy|served|scraped|up|mounted|"
    r"exists?|show(?:s|n)?\s+up|have\s+new\s+pods|get\s+new\s+pods|under)\b",
    re.I,
)
_ORDER = re.compile(
    r"^(?:(?:please|pls|kindly|then|also|and|now|just)\s+)*(?:set|make|keep|scale|restart|"
    r"update|change|give|bump|raise|lower|increase|decrease|reduce|put|configure|add|remove|"
    r"delete|drop|roll|rollback|revert|upgrade|downgrade|pin|use|run|deploy|ship|move|switch|"
    r"turn|enable|disable|limit|cap|allow|block|expose|create|apply|patch|edit|mount|bounce|"
    r"grow|shrink|double|halve|triple|tear|decommission|retire|clean|spread|protect|install)\b",
    re.I,
)
# "we must be alerted when my-api stops answering; first step, Prometheus scrapes it": the
# ticket's goal, then the step it asks for now.
_FIRST_STEP = re.compile(
    r"\s*[;,.:]\s*(?:(?:as\s+(?:a|the)\s+)?first\s+step|step\s+(?:one|1)|for\s+now|"
    r"to\s+start(?:\s+with)?|for\s+a\s+start)\s*[,:\-]?\s+",
    re.I,
)
_PRONOUN = re.compile(r"\b(?:it|them)\b", re.I)
# "nothing else changed": what every plan holds to (it changes only what it lists).
_NOTHING_ELSE = re.compile(
    r"^(?:and\s+)?nothing\s+else\s+(?:is\s+|gets\s+|was\s+)?(?:changed|touched|modified|"
    r"affected|restarted)$",
    re.I,
)
_WORKLOAD_KIND = re.compile(r"^(?:deployment|statefulset|daemonset|sts|deploy)$", re.I)
_ITS = re.compile(r"^(?:its|their)\s+(?P<kind>[a-z]+)\b(?P<rest>.*)$", re.I)


@dataclass
class Ticket:
    """A ticket's request rewritten for the rules, and what was read from its frame."""

    text: str
    notes: list[str] = field(default_factory=list)
    # An acceptance criterion that says a value the request does not ("6 pods running" beside
    # "scale frontend to 4"): which holds is asked.
    question: str = ""


def _subject(request: str) -> str:
    """The subject of a request line that states ("my-api is decommissioned"): a pronoun
    in a criterion refers to it."""
    m = rx(r"^\s*(?:the\s+)?(?P<s>[a-z0-9][\w.-]*)\s+(?:is|are|was|has\s+been|got)\b", re.I).match(
        request
    )
    return m.group("s") if m else ""


def _gone(what: str, subject: str) -> str:
    """``what`` said gone, as a delete order; "its Deployment, …" names the subject."""
    if (its := _ITS.match(what)) and subject:
        if _WORKLOAD_KIND.match(its.group("kind")):
            # "its Deployment, Service and config": the rest are the subject's parts.
            rest = rx(r"^(\s*(?:,|and)\s*)(?!\s|its\b)").sub(r"\1its ", its.group("rest"), 1)
            return f"delete the {its.group('kind')} {subject}{rest}"
        return f"delete {subject}'s {its.group('kind')}{its.group('rest')}"
    return f"delete {what}"


_KIND = re.compile(
    r"\b(?:deployments?|deploy|statefulsets?|sts|daemonsets?|services?|svc|configmaps?|cm|"
    r"secrets?|pdbs?|poddisruptionbudgets?|hpas?|horizontalpodautoscalers?|scaledobjects?|"
    r"servicemonitors?|podmonitors?|networkpolic(?:y|ies)|netpols?|cronjobs?|jobs?|"
    r"disruption\s+budgets?)\b|^(?:its|their)\b",
    re.I,
)


def _object(what: str, names: Callable[[], frozenset[str]]) -> bool:
    """True when ``what`` names objects of the cluster (a kind, "its …", a workload's name, a
    hyphenated name such as my-api-config), not an outcome ("the 502s", "the errors")."""
    if _KIND.search(what):
        return True
    words = rx(r"[a-z0-9][\w.-]*").findall(what.lower())
    return any(w in names() or rx(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+").fullmatch(w) for w in words)


def _item(
    item: str, *, subject: str, names: Callable[[], frozenset[str]] = frozenset
) -> tuple[str, str] | None:
    """``(kind, words)`` of one acceptance criterion: kept / order / observed, or None."""
    said = _REASON.sub("", _BULLET.sub("", item)).strip(" .")
    if not said:
        return None
    if _NOTHING_ELSE.match(said):
        return "observed", item
    if m := _UNTOUCHED.match(said):
        return "kept", m.group("what") or m.group("no")
    if (m := _GONE.match(said)) and _object(m.group("what"), names):
        return "order", _gone(m.group("what"), subject)
    if m := _READS.match(said):
        return "order", f"set {m.group('key')} in {m.group('cm')} to {m.group('value')}"
    if rx(r"\bstays?\s+(?:on|at)\b", re.I).search(said):
        return None  # "envoy stays on v1.30.1": a value kept, read by the rules as said.
    if m := _STAYS.match(said):
        return "kept", m.group("what")
    if _OBSERVED.search(said) or _GONE.search(said):
        # "the 502s are gone": a symptom said to end is an outcome, never a delete.
        return "observed", item
    return None


def _criteria(
    section: str, *, subject: str, names: Callable[[], frozenset[str]]
) -> list[tuple[str, str, str]]:
    """``(kind, words, item)`` of each item of an acceptance-criteria section."""
    read: list[tuple[str, str, str]] = []
    for item in (i for i in _ITEMS.split(section) if i.strip()):
        parts = [p for p in _PARTS.split(item) if p.strip()]
        each = [_item(p, subject=subject, names=names) for p in parts]
        if len(parts) > 1 and all(e is not None for e in each):
            read.extend((e[0], e[1], p) for e, p in zip(each, parts, strict=True) if e)
            continue
        whole = _item(item, subject=subject, names=names)
        bare = _BULLET.sub("", item)
        read.append((whole[0], whole[1], bare) if whole else ("as-said", bare, bare))
    return read


def _names_one(part: str, names: Callable[[], frozenset[str]]) -> bool:
    """True when ``part`` is one workload said by name ("frontend", "the orders deployment")."""
    words = [
        w
        for w in rx(r"[a-z0-9][\w.-]*").findall(part.lower())
        if w not in {"the", "deployment", "statefulset", "sts", "deploy", "workload"}
    ]
    return len(words) == 1 and words[0] in names()


def _step(request: str, names: Callable[[], frozenset[str]]) -> tuple[str, str]:
    """``(goal, step)`` of a request line that names its goal, then its first step; the step's
    pronoun is the one workload the goal names ("… my-api stops answering; first step,
    Prometheus scrapes it"). Without a first step, no goal: ``("", request)``."""
    m = _FIRST_STEP.search(request)
    if m is None:
        return "", request
    goal, step = request[: m.start()], request[m.end() :]
    named = [w for w in rx(r"[a-z0-9][\w.-]*").findall(goal.lower()) if w in names()]
    if len(set(named)) == 1:
        step = _PRONOUN.sub(named[0], step)
    return goal, step


def read(intent: str, names: Callable[[], frozenset[str]] = frozenset) -> Ticket | None:
    """``intent`` as a ticket, or None when it has no ticket frame (label, AC, scope).
    ``names`` gives the namespace's workloads (read only when a pronoun needs one)."""
    label = _LABEL.match(intent)
    body = intent[label.end() :] if label else intent
    sections = list(_SECTION.finditer(body))
    if not label and not sections:
        return None
    request = body[: sections[0].start()] if sections else body
    request = request.strip().rstrip(".;\u2022 ")
    subject = _subject(request)
    notes: list[str] = []
    goal, request = _step(request, names)
    if goal:
        notes.append(f"{goal.strip()!r} read as the ticket's goal; planned its first step")
    orders: list[str] = []
    kept: list[str] = []
    rest: list[str] = []
    observed: list[str] = []
    scope: list[str] = []
    for n, sec in enumerate(sections):
        end = sections[n + 1].start() if n + 1 < len(sections) else len(body)
        words = body[sec.end() : end].strip().rstrip(".;")
        if _SCOPE.match(sec.group("name")):
            for part in (p.strip() for p in rx(r"\s*[,;]\s*|\.\s+").split(words)):
                if part:
                    negated = rx(r"^(?:do\s+not|don'?t|never|no)\b", re.I).match(part)
                    # A workload "don't touch"; a capability or a kind "is off limits"
                    # (:mod:`.forbidden` reads it against what the plan applies).
                    said = (
                        f"don't touch {part}"
                        if _names_one(part, names)
                        else f"{part} is off limits"
                    )
                    scope.append(part if negated else said)
            continue
        for kind, what, item in _criteria(words, subject=subject, names=names):
            if kind == "order":
                orders.append(what)
            elif kind == "kept":
                kept.append(what)
            elif kind == "observed":
                observed.append(item)
            else:
                rest.append(item)
    asked = statements.values(" ".join([request, *orders]))
    for item in observed:
        if not request.strip() and not orders:
            # "Acceptance criteria: a Velero schedule exists which …": the criteria are all
            # the ticket says, so they are the request.
            rest.append(item)
            continue
        own = statements.values(item) - asked
        if (versions := _versions(asked)) and _versions(own) - versions:
            # "deploy frontend 2.2.0. AC: pods run ghcr.io/acme/frontend:2.3.0": two versions.
            own = _versions(own) - versions
        elif own and not all(rx(r"\d+").fullmatch(v) for v in own):
            # "… running image ghcr.io/acme/payments:3.1.0" beside "version 3.1.0": a value
            # said another way is read by the rules, which ask when the plan does not use it.
            rest.append(item)
            continue
        # "5 pods ready": confirms the request; a count of its own ("6 pods ready" beside
        # "scale frontend to 4") is a contradiction, asked.
        if own:
            question = (
                f"The acceptance criterion {item.strip()!r} says {', '.join(sorted(own))}, which "
                f"the request {request.strip()!r} does not. Which value should hold? Say the "
                "change with the value it should have."
            )
            return Ticket(text=intent, notes=notes, question=question)
        notes.append(f"{item.strip()!r} read as a check after the change")
    if reads := _READS.match(_REASON.sub("", request).strip(" .")):
        # "LOG_LEVEL of my-api-config is debug": a ticket's request line that states the
        # value a key should read is its order.
        request = f"set {reads.group('key')} in {reads.group('cm')} to {reads.group('value')}"
    if orders and _goal(request, orders):
        if request.strip():
            notes.append(f"{request!r} read as the ticket's goal; planned its acceptance criteria")
        request = ""
    deleting = any(o.lower().startswith("delete ") for o in orders) or bool(
        rx(r"^\s*(?:please\s+)?(?:delete|remove|drop|tear)\b", re.I).match(request)
    )
    keeps = [f"{k} stays" if deleting else f"don't touch {k}" for k in kept]
    # Criteria kept as said stay one sentence, as the ticket wrote them ("pods on different
    # nodes; at most one pod down …"): each its own sentence would read as separate orders.
    said = "; ".join(r.strip().rstrip(".;") for r in rest if r.strip())
    parts = [p for p in (request, *orders, said, *keeps, *scope) if p.strip()]
    return Ticket(text=". ".join(p.strip().rstrip(".;") for p in parts) + ".", notes=notes)


def _versions(values: set[str]) -> set[str]:
    """The versions among ``values``: a version said bare, or an image reference's tag."""
    found = set()
    for v in values:
        tag = v.rsplit(":", 1)[1] if "/" in v and ":" in v else v
        if rx(r"v?\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?").fullmatch(tag):
            found.add(tag.removeprefix("v"))
    return found


def _goal(request: str, orders: list[str]) -> bool:
    """True when ``request`` only names what the orders bring about: no clause of it opens
    with a verb of change, and every value it holds is in an order."""
    if not request.strip():
        return True
    if any(_ORDER.match(c) for c in statements.clauses(request)):
        return False
    return statements.values(request) <= statements.values(" ".join(orders))
