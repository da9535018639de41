"""A senior engineer's explanation beside the change is context; the change is the request.

People who mentor say why before (or around) what: "When it's throttling you raise the request
first: my-api cpu request to 200m", "Instead of babysitting replicas, give checkout an HPA …",
"A change in an envFrom ConfigMap needs a rollout restart to show up: restart frontend",
"a PDB with maxUnavailable 1 is what you want for payments, not minAvailable 2".

The rule (issue 11, round 9, helper mentor): the explanation / generalisation clause is context,
the clause that says the change is the request, and nothing of the explanation (a number, a
time, a name) is lent to the request. Read here, as text, before the other readers:

- **An explanation before a colon** — "<lead>: <change>" where the change starts with a change
  verb ("add", "restart", "undo" …), a workload of the namespace, or "a/an <manifest kind>",
  and the lead is a statement, not an order: it names no workload, does not start with a
  change verb, and says no time or condition — unless it is the generic "when …, you …" (how
  it is done in general) or a "don't <other verb> …" (what not to do, with a verb that is not
  a change the planner makes). The lead is dropped; a "… and look at it tomorrow" after the
  change (the person's own follow-up, not a time for the change) goes with it.
- **"Instead of <doing>, <change>"** — the rejected way is dropped.
- **The mentor's frame** — "what you want (for W) is (to) X" / "X is what you want (for W)" /
  "X is the right <noun> for W" → "X (for W)"; an alternative rejected after it (", not …")
  and an explanation after it (", it …", ", which …") are dropped: their values are never lent.
  "kubectl rollout undo" said as the thing to want is the rollout undo, in words.
- **"Start with/from a/an X"** — the first step named: "add a/an X".

Anything else is left as said. Pure text, given the namespace's workload names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline import recorded, roles, veto
from dotop_nb.planner.offline.rx import rx

# Verbs that say a change the planner makes (an order starts with one).
_CHANGE = (
    r"(?:add|give|set|raise|lower|bump|increase|decrease|reduce|restart|undo|roll\s+back|"
    r"rollback|revert|scale|point|put|update|upgrade|downgrade|create|enable|disable|configure|"
    r"apply|pin|move|change|switch|make|delete|remove|drop|cordon|drain|patch|expose|limit|"
    r"protect|back\s+up|backup|schedule|attach|mount|label|annotate|rollout|redeploy|deploy)"
)
_VERB_START = re.compile(rf"^(?:please\s+|now\s+|just\s+)?{_CHANGE}\b", re.I)
_DESTRUCTIVE = re.compile(
    r"^(?:please\s+|now\s+|just\s+)?(?:delete|remove|drop|destroy|wipe|purge|kill|uninstall|"
    r"tear\s+down|clean\s+up|get\s+rid)\b",
    re.I,
)
# An order to release what the rest names: "ship the new ranking model: …".
_SHIP_START = re.compile(
    r"^(?:please\s+|now\s+|just\s+|let'?s\s+)?(?:ship|release|promote|roll\s+out|push\s+out)\b",
    re.I,
)
_KIND_START = re.compile(
    r"^(?:a|an)\s+(?:cronjob|pdb|poddisruptionbudget|hpa|horizontalpodautoscaler|networkpolicy|"
    r"network\s+policy|prometheusrule|servicemonitor|velero\s+schedule|backup)\b",
    re.I,
)
# A time or a condition said in the lead: it may be WHEN the change runs, so the lead stays.
_WHEN = re.compile(
    r"\b(?:(?:at|by)\s+(?:\d|noon|midnight|night|dawn|dusk|eod|close|the\s+end)|after|before|until|till|once|tonight|tomorrow|midnight|noon|morning|evening|"
    r"night|weekend|if|unless|during|while|when|whenever|as\s+soon|\d+\s*(?:am|pm)|"
    # Round 37 (m42a, attack42: "in a bit: scale orders to 5" ran now): a near time said vaguely.
    r"in\s+a\s+(?:bit|while|little\s+while|moment|mo|sec|second|minute|few|jiffy|tick)|shortly|"
    r"soon|later|eventually|"
    r"\d{1,2}:\d{2})\b|\d",
    re.I,
)
# "When it's throttling you raise …": a generalisation (how it is done), not a condition.
_GENERIC_WHEN = re.compile(r"^(?:when|if)\b[^:]*?\byou\s+[a-z]+", re.I)
# "Two replicas aren't HA if they share a node": a condition inside a denied statement.
_GENERIC_IF = re.compile(
    r"^[^:]*?\b(?:aren'?t|isn'?t|is\s+not|are\s+not|won'?t|can'?t|doesn'?t|don'?t)\s[^:]*?"
    r"\bif\b",
    re.I,
)
# "Don't hotfix forward at 2am": what not to do, with a verb the planner does not plan.
_NOT_THIS = re.compile(rf"^(?:don'?t|do\s+not|never)\s+(?!{_CHANGE}\b)[a-z]+", re.I)
_LEAD = re.compile(r"^(?P<lead>[^:]{6,}?):\s+(?P<rest>\S.*)$", re.S)
# The person's own follow-up after the change ("… and look at it tomorrow").
_FOLLOW_UP = re.compile(
    r"\s*(?:,\s*|\s)(?:and\s+|then\s+)+(?:look\s+(?:at|into)|investigate|dig\s+into|debug|"
    r"check|review)\s+(?:it|this|that|why)\b[^,;:]*$",
    re.I,
)
_INSTEAD = re.compile(rf"^instead\s+of\s+[a-z]+ing\b[^,:]*,\s*(?={_CHANGE}\b)", re.I)
_START = re.compile(r"^(?:let'?s\s+)?start\s+(?:with|from)\s+(?=(?:a|an)\s)", re.I)

# "what you want (here|for W) is (to) X", "X is what you want (here|for W)",
# "X is the right <noun> (for W)", each with an optional rejected alternative or explanation after.
_TAIL = r"(?P<tail>\s*,\s*(?:not|it|which|that'?s|rather\s+than)\b.*)?"
_WANT_FIRST = re.compile(
    r"^(?P<head>(?:[^,:]*?,\s*so\s+)?)what\s+you\s+(?:want|need)(?:\s+here)?"
    r"(?:\s+for\s+(?P<w>[\w.-]+))?\s+is\s+(?:to\s+)?(?P<x>[^,]+?)" + _TAIL + r"[.!]?$",
    re.I,
)
_WANT_LAST = re.compile(
    r"^(?P<head>(?:[^,:]*?,\s*so\s+)?)(?P<x>[^,:]+?)\s+is\s+(?:what\s+you\s+(?:want|need)|the\s+right\s+[a-z]+)"
    r"(?:\s+here)?(?:\s+for\s+(?:it\b|(?P<w>[\w.-]+)))?" + _TAIL + r"[.!]?$",
    re.I,
)
_SUBJECT = re.compile(r"^(.+?)\s+(?:is|are|has|have|runs|reads)\b", re.I)
_KUBECTL = re.compile(r"^kubectl\s+(?=rollout\s+(?:undo|restart)\b)", re.I)


# The person's own task said as its source: "the lab says set payments to 0 replicas", "lab 14
# says scale …", "exercise 4 wants me to …", "the instructor wants LOG_LEVEL debug …".
# (:mod:`.speech` reads the same words: such a source is never someone else's report.)
TASK = (
    r"(?:the\s+|my\s+|this\s+|our\s+)?(?:lab|labs|exercise|ex|assignment|homework|course|"
    r"tutorial|worksheet|handout|workshop|instructions?|instructor|teacher|professor|challenge|"
    r"module|step|task)"
)
_TASK = TASK
_TASK_SAYS = re.compile(
    rf"(?:(?<=^)|(?<=[.?!;]\s)){_TASK}(?:\s+(?:\d+(?:\.\d+)*|[ivx]+))?\s+"
    r"(?:says?|said|wants|wanted|asks|asked|tells\s+(?:me|us)|told\s+(?:me|us)|requires|reads)"
    # (only before an order: "the instructor wants LOG_LEVEL debug …" is a wish, read as one)
    rf"\s*:?\s+(?:(?:me|us)\s+)?(?:to\s+)?(?=(?:please\s+)?(?:{_CHANGE}|ship|release|bounce|"
    r"roll\s+out|turn)\b)",
    re.I,
)
# "how do I make my-api scale by itself? the lab wants min 2, max 5": a how-to question the
# task then answers with its values — the change asked, with them.
_HOW_THEN_TASK = re.compile(
    rf"^how\s+(?:do|can|should|would)\s+i\s+(?P<order>[^?]+)\?\s+{_TASK}"
    r"(?:\s+(?:\d+(?:\.\d+)*|[ivx]+))?\s+(?:says?|wants|asks\s+for|requires)\s*:?\s+"
    r"(?P<values>[^?]+)$",
    re.I,
)


# "the lab says set payments to 0 — but that's the wrong answer": the task judged or taken back.
_JUDGED = re.compile(
    r"\b(?:but|however|wrong|bad|mistake|incorrect|trap|trick|don'?t|do\s+not|never|not|warns?|"
    r"against|avoid)\b",
    re.I,
)


def task(text: str) -> str:
    """``text`` with the person's own task taken as their order: "the lab says <order>" is
    "<order>" (never someone else's change — "the vendor says …" is left as said), and "how do
    I <order>? the lab wants <values>" is "<order>: <values>". A relayed delete is left as said."""
    said = text.strip()
    if m := _HOW_THEN_TASK.match(said):
        return f"{m['order'].strip()}: {m['values'].strip()}"
    if not (m := _TASK_SAYS.search(said)):
        return text
    if veto.DELETES.search(said, m.end()) or _JUDGED.search(said, m.end()):
        # "the tutorial says to delete worker": a delete is taken only as the person's own
        # order, never relayed from what a text says (asked, as any reported delete).
        return text
    return _TASK_SAYS.sub("", said)


def read(text: str, names: Callable[[], frozenset[str]]) -> str:
    """``text`` with a mentor's explanation read as context (see the module docstring);
    unchanged when it holds none. ``names`` gives the namespace's workloads."""
    said = task(text.strip())
    said = _colon_lead(said, names)
    said = _INSTEAD.sub("", said, count=1)
    said = _frame(said, names)
    said = _START.sub("add ", said, count=1)
    return said if said != text.strip() else text


def _named(text: str, names: Callable[[], frozenset[str]]) -> bool:
    words = set(rx(r"[a-z0-9][a-z0-9.-]*[a-z0-9]|[a-z0-9]").findall(text.lower()))
    return bool(words & names())


# "the runbook reads: restart frontend", "bob said: delete it": what follows is quoted.
_SAYS = re.compile(
    r"\b(?:reads?|says?|said|wrote|writes|suggests?|recommends?|told|asks?|asked|goes)\W*$",
    re.I,
)


# A lead that withholds the change ("don't run this: …") or carries its value ("double its
# reps: scale my-api") is part of the request, never an explanation.
_KEPT_LEAD = re.compile(
    r"\b(?:don'?t|do\s+not|never)\s+(?:run|apply|do|execute|merge|ship)\b|"
    r"\b(?:double|triple|halve|half|twice|thrice)\b",
    re.I,
)


# A lead that names what the change makes (a schedule, a backup, an alert, an autoscaler): the
# rest may say only for what and when.
_KEEPS_ORDER = re.compile(
    r"\b(?:schedules?|backups?|snapshots?|alerts?|alerting|servicemonitors?|prometheusrules?|"
    r"autoscal\w*|hpas?|pdbs?|disruption\s+budgets?|network\s*polic(?:y|ies)|retention)\b",
    re.I,
)


# Round 36 (a41c, attack40): a kind of change forbidden at the head ("No image changes: …",
# "no rollbacks please: …", "no restarts this week: …") is a rule, never an explanation.
_NO_CHANGES_LEAD = re.compile(
    r"\W*no\s+(?:other\s+|more\s+|further\s+)?(?:restarts?|restarting|scaling|rollbacks?|"
    r"roll-?backs?|rolling\s+back|deploys?|deployments|deletes|deletions?|image\s+changes?|"
    r"(?:config\s+)?changes)\b",
    re.I,
)


def _colon_lead(text: str, names: Callable[[], frozenset[str]]) -> str:
    m = _LEAD.match(text)
    if m is None:
        return text
    lead, rest = m.group("lead").strip(), m.group("rest").strip()
    if (
        len(lead.split()) < 3
        or _NO_CHANGES_LEAD.match(lead)
        or _SAYS.search(lead)
        or _KEPT_LEAD.search(lead)
        or roles.not_final(f"{lead}:")
        or recorded.to_do(f"{lead}:")
    ):
        # "cancel: scale my-api to 4", "DONE: restart frontend", "prod: …", "still to do: …": a
        # label, a status or a place, never an explanation (one is a sentence of its own).
        return text
    if (_VERB_START.match(lead) or _SHIP_START.match(lead)) and not _NOT_THIS.match(lead):
        return text  # an order, not an explanation ("ship the new model: my-api 1.5.0 has it")
    if _named(lead, names):
        return text  # "checkout: scale to 3" — the lead is the target
    generic = bool(_GENERIC_WHEN.match(lead) or _NOT_THIS.match(lead))
    if not generic and _GENERIC_IF.match(lead):
        generic = not _WHEN.search(rx(r"\bif\b", re.I).sub("", lead))
    if _WHEN.search(lead) and not generic:
        return text  # possibly when the change runs
    if _DESTRUCTIVE.match(rest):
        return text  # a deletion is planned only when asked on its own, lead and all
    first = rest.split()[0].lower().strip(",.")
    if not (_VERB_START.match(rest) or _KIND_START.match(rest) or first in names()):
        return text
    if _KEEPS_ORDER.search(lead) and not rx(rf"\b{_CHANGE}\b", re.I).search(rest):
        # "every stateful workload gets the standard Velero schedule: postgres daily at 00:00":
        # the lead says what is made, the rest (with no verb of its own) for what and when.
        return text
    return _FOLLOW_UP.sub("", rest)


def _frame(text: str, names: Callable[[], frozenset[str]]) -> str:
    m = _WANT_FIRST.match(text) or _WANT_LAST.match(text)
    if m is None:
        return text
    head, x, w = m.group("head"), m.group("x").strip(), m.group("w")
    if head:
        # "FEATURE_FLAG on frontend is a plain env entry, so … drop it": "it" is the head's
        # subject, when the head names one workload; its facts (numbers) are not lent.
        subject = _SUBJECT.match(head)
        found = [n for n in names() if rx(rf"(?<![\w.-]){re.escape(n)}(?![\w-])").search(head)]
        if subject is None or len(found) != 1 or _WHEN.search(subject.group(1)):
            return text
        said = subject.group(1).strip()
        x = rx(r"\bit\b", re.I).sub(said, x, 1)
        if w is None and rx(r"\bfor\s+it\s*$", re.I).search(m.group(0).split(",")[-1]):
            w = found[0]
        if not _named(x, names) and w is None:
            w = found[0]
    if w is not None and w.lower() not in names():
        return text
    x = _KUBECTL.sub("", x)
    if _named(x, names) or w is None:
        return x if w is None else f"{x} for {w}"
    return f"{x} for {w}"
