"""Words that say how things are or were, read as the order to make them so (round 23, "said").

The rules read a state's words wherever they stand, so "payments is HA" planned three replicas,
a spread and a PDB; "payments runs as non-root" patched the securityContext; "payments used to
have 4 replicas" scaled to 4; "frontend ran nginx:1.25 until yesterday" set that image. A
careful SRE reads the grammar first: a clause whose subject is a workload's name (its pods, its
backups), then a verb of being or having ("is", "are", "has", "had", "was"), "used to", or a
verb said of the subject in the present or the past ("runs", "ran", "autoscales", "accepts",
"talks"), DESCRIBES — unless it negates or complains ("payments is not HA", "my-api is
fragile": the fix is asked for) or holds a condition. A message whose every clause describes
(a participle tail such as "kept 7 days" may follow), with no word of wish, obligation or
politeness anywhere ("should", "must", "needs", "has to", "to be", "please", "can"), and a
description naming what the plan would make (a row of :data:`_MAKES` matches the operations
and the clause) is asked back: it says it is (or was) so, and the question says what to type
to make the change. A clause of another kind beside it ("kick checkout, pods look wedged",
"netpol: my-api accepts traffic from frontend only") may be the order, and the plan stands.
A change record said carried out after it ("CHG-991 scale payments to 4 (implemented)") is
asked too: it says the change is made already.

Three more readings of the finished plan:

- "bring/get/spin/start/power/fire/scale X back up", "X is back up": the phrasal verb (start
  again), never a Velero backup; a plan that backs up is asked;
- silencing an alert ("silence/snooze/ack/mute … alerts", "payments alerts are too noisy"):
  this tool makes no Alertmanager silence, so a ServiceMonitor in its place is asked; so is a
  bare noun phrase with no verb ("payments metrics", "payments dashboard", "our SLO: payments
  p99 latency < 500ms") and a scrape said to change by a comparative with no interval ("scrape
  less often").
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import guard, speech
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import names_in
from dotop_nb.ports import PlanResult

# A subject: a workload's name (":func:`_states` fills it in), the word for its pods or its
# backups after it, and an adverb of how long or how only.
# (Round 31, probe36: an urgency, a priority or a ticket said first, in brackets or as a label —
# "[urgent] payments is HA now", "P1: …", "CHG-4411: payments runs as non-root" — tells how
# pressing the message is, never that it orders: the description after it is still one. No
# braces here: _SUBJECT is formatted.)
_LEAD = (
    r"^\W*(?:(?:fyi|btw|by\s+the\s+way|note|heads\s+up|so|ok|okay|also|and|well|urgent|"
    r"important|critical|high|p[0-4]|sev[0-4]?|prio(?:rity)?(?:\s*[0-4])?|[a-z][a-z]+-\d+)\b\W*)*"
)
_ONE = (
    r"(?:only\s+)?(?:the\s+|our\s+|my\s+)?(?:{names})(?:'s|')?"
    r"(?:\s+(?:pods?|deployment|statefulset|sts|app|service|containers?|backups?|workload|"
    r"replicas|instances))?"
)
_SUBJECT = (
    _LEAD + rf"(?P<subject>{_ONE}(?:\s*(?:,|\band\b|&)\s*{_ONE})*)\s+(?:only\s+|still\s+|"
    r"already\s+|also\s+|currently\s+|now\s+|always\s+|just\s+|both\s+|all\s+)?"
)
# "we run payments as non-root", "we have a pdb on payments": the speaker tells what is done
# (never "we need …", "we'll …", "we are going to …": a wish or a plan).
_WE = (
    _LEAD + r"(?P<subject>we|they|i)\s+(?:already\s+|always\s+|currently\s+|now\s+|also\s+|"
    r"still\s+)?(?P<verb>(?!(?:need|want|should|must|will|would|can|could|shall|may|might|"
    r"got|gotta|are|were|am|plan|intend|hope|wish|expect|ask|asked|request|requested|"
    r"decided|agreed|like|prefer|try|tried)\b)[a-z]+)\b"
)
# A verb that says how the subject is or was: being, having, "used to", or a verb in the
# present third person or the past said of the subject. Never a verb of becoming ("gets",
# "goes", "becomes": "payments gets 4 replicas" asks for them).
_STATE_VERB = (
    r"(?P<verb>(?:is|are|'s|was|were)(?!\s+(?:to|going|about|not|never|no|being|getting)\b)|"
    r"(?:has|have|had)(?!\s+(?:to|got\s+to|not|no|never|been\s+asked)\b)|"
    r"used\s+to\s+\w+|"
    r"(?!(?:gets|goes|becomes|needs|wants|requires|lacks|misses|keeps|stays|remains|"
    r"deserves|has|is|does|was|across|towards|as|plus|less|unless|thus|its|this|always|"
    r"pods|replicas|backups|metrics|alerts)\b)[a-z]{3,}(?<!s)s|"
    r"ran|got|(?!(?:needed|wanted|required|lacked|missed|asked|requested|planned|scheduled|"
    r"expected|supposed)\b)[a-z]{3,}ed|run)\b"
)
# Words that make the clause no description: a negation or lack (a complaint or a finding),
# a condition, a wish said inside it.
_NOT_DESCRIBED = re.compile(
    r"\b(?:not|no|never|isn'?t|aren'?t|wasn'?t|weren'?t|hasn'?t|haven'?t|hadn'?t|doesn'?t|"
    r"don'?t|didn'?t|without|lacks?|missing|if|when|whenever|unless|once|in\s+case|yet|"
    r"anymore|any\s+more|enough|too|fragile|flaky|broken|down|slow|failing|risky|"
    r"single\s+point|spof)\b",
    re.I,
)
# A count said as too few ("payments has only one replica", "worker is a single pod"): a
# complaint — the fix is asked for — unless the plan sets that very count.
_FEW = re.compile(
    r"\b(?:only\s+one|just\s+one|a\s+single|single|lone|one\s+(?:pod|replica|instance))\b",
    re.I,
)
_COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# What a plan makes, and the words of a description that say it is already so. Each row:
# (what the operation is, a test of the operation, the words, an order that makes it).
_Row = tuple[str, str, re.Pattern[str], str]
_MAKES: tuple[_Row, ...] = (
    (
        "a disruption budget",
        "PodDisruptionBudget",
        rx(r"\b(?:pdbs?|disruption\s+budgets?|min(?:imum)?\s*available|max\s*unavailable)\b", re.I),
        "add a pdb to {name}",
    ),
    (
        "an autoscaler",
        "HorizontalPodAutoscaler",
        rx(r"\b(?:hpas?|autoscal\w*|auto-scal\w*)\b", re.I),
        "autoscale {name} between 2 and 10",
    ),
    (
        "monitoring",
        "ServiceMonitor|PodMonitor",
        rx(r"\b(?:(?:service|pod)?monitor\w*|scrap\w*|metrics|observ\w*|slos?|latency)\b", re.I),
        "monitor {name}",
    ),
    (
        "backups",
        "Schedule|Backup",
        rx(r"\b(?:backups?|backed\s+up|snapshots?|snapshotted|dumps?|dumped)\b", re.I),
        "back up {name} daily at 2am",
    ),
    (
        "a network policy",
        "NetworkPolicy",
        rx(
            r"\b(?:traffic|talks?|talked|accepts?|accepted|reach(?:es|ed)?|connects?|reachable|"
            r"accessible|"
            r"connected|calls?|called|isolated|ingress|egress|allowed|firewalled)\b",
            re.I,
        ),
        "allow only frontend to reach {name}",
    ),
    (
        "high availability",
        "scale|patch|PodDisruptionBudget",
        rx(
            r"\b(?:ha|highly[\s\-]available|redundant|fault[\s\-]tolerant|spread\w*|zones?|"
            r"anti-?affinity|topology)\b",
            re.I,
        ),
        "make {name} highly available",
    ),
    (
        "a security setting",
        "patch",
        rx(
            r"\b(?:non-?root|root|read-?only|readonly|capabilit\w*|privilege\w*|privileged|"
            r"seccomp|runasuser|runasnonroot|user\s+\d+|escalation)\b",
            re.I,
        ),
        "run {name} as non-root",
    ),
    (
        "a restart",
        "rollout_restart",
        # (Round 31, attack36: "worker has 7 restarts today" restarted it.)
        rx(
            r"\b(?:stuck|hung|frozen|wedged|deadlocked|unresponsive|stalled|zombied?|restarts)\b",
            re.I,
        ),
        "restart {name}",
    ),
    (
        "a replica count",
        "scale",
        rx(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
            r"(?:replicas?|pods?|instances?|copies)\b",
            re.I,
        ),
        "scale {name} to 4",
    ),
    (
        "an image",
        "set_image",
        rx(r"[\w.\-/]+:[\w.\-]+|\bv?\d+\.\d+(?:\.\d+)?\b|\bimage\b|\bversion\b", re.I),
        "set the image of {name} to nginx:1.25",
    ),
)


def _kinds(result: PlanResult) -> set[str]:
    out: set[str] = set()
    for op in result.operations:
        out.add(op.kind)
        out.add(op.target.kind)
    return out


# A first word that is a verb of change: the clause is an order, whatever follows it.
_ORDER = re.compile(
    rf"^\W*(?:(?:please|pls|plz|kindly|just|now|also|then|and|so|ok|okay)\s+)*"
    rf"(?:only\s+)?(?:{speech._VERB}|{guard.VERBS}|let|allow|deny|harden|spread|run|take|turn|drop|"
    r"isolate|schedule|snapshot|dump|protect|pin|cap|grant|open)\b",
    re.I,
)


def _states(clause: str, names: set[str]) -> re.Match[str] | None:
    """The subject and verb of ``clause`` when it describes how a workload named in ``names``
    is or was."""
    if clause.rstrip().endswith("?") or _NOT_DESCRIBED.search(clause) or not names:
        return None
    if _ORDER.match(clause):
        return None
    named = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    m = rx(_SUBJECT.format(names=named) + _STATE_VERB, re.I).match(clause)
    if m is None:
        m = rx(_WE, re.I).match(clause)
    if m is None or m.group("verb").lower() in names:
        return None
    return m


# A wish, an obligation or a polite ask anywhere: the message asks.
_WISH = re.compile(
    r"\b(?:please|pls|plz|kindly|should|must|need|needs|needed|want|wants|wanna|let'?s|"
    r"make\s+sure|ensure|has\s+to|have\s+to|asap|would\s+like|(?:i|we)'?d\s+like|"
    r"can|could|will|would|may|might|shall|required|requires|require|mandatory|go\s+ahead|"
    # (Round 40, gap43b: "from now", "from today", as "from now on".)
    r"from\s+(?:now|today)(?:\s+on)?|going\s+forward|henceforth|to\s+be|recommend\w*|suggest\w*|propos\w*|advis\w*|"
    r"think|believe|reckon|guess|consider\w*|ought)\b",
    re.I,
)
# What may stand beside a description without asking: a participle tail ("kept 7 days").
_TAIL = re.compile(
    r"^\W*(?:[a-z]+ed|kept|held|retained|stored|done)\b|"
    r"^\W*(?:thanks|thank\s+you|thx|ty|cheers|fyi|btw|just\s+fyi|for\s+the\s+record|"
    r"for\s+context|fwiw|as\s+of\s+today|as\s+of\s+now|(?:current\s+)?(?:state|status)|"
    r"context|background|as-?is|currently|right\s+now|at\s+the\s+moment|today|observed|"
    r"observation|facts?|"
    # (Round 31, probe36: an urgency or a ticket as a label of its own, "URGENT:", "CHG-4411:".)
    r"urgent|important|critical|p[0-4]|sev[0-4]?|[a-z][a-z]+-\d+)\W*$",
    re.I,
)
_ARROW = re.compile(r"\s*(?:\u2192|->|=>|\u21d2)\s*")
# Round 31 (probe36): courtesy alone ("payments runs as non-root pls", "frontend is at 2.2.0
# asap", "- thanks!") makes no order of a description: read without it. A wish, an obligation
# or a modal still does ("payments should run as non-root pls").
_COURTESY = re.compile(r"\b(?:please|pls|plz|kindly|asap)\b|\U0001f64f", re.I)


def _same_count(said: str, result: PlanResult) -> bool:
    """Whether the count in ``said`` ("4 replicas", "one replica") is one the plan scales to."""
    word = said.split(maxsplit=1)[0].lower()
    count = int(word) if word.isdigit() else _COUNT_WORDS.index(word) + 1
    return any(getattr(op, "replicas", None) == count for op in result.operations)


# "payments only accepts connections from checkout", "postgres accepts only traffic from
# orders": said in the present with "only", the access rule wished for, as round 16 reads it
# ("only frontend talks to payments", "payments is only reachable from frontend" describe).
_ACCESS_RULE = re.compile(
    r"\b(?:only\s+(?:accepts?|takes?)|(?:accepts?|takes?)(?:\s+[\w/.\-]+){0,3}?\s+only)\b", re.I
)


# Round 32 (a36b): a polite frame with no verb of its own before a description ("Hi team, could
# you please payments is HA now"): courtesy, no order — the description is read without it.
_FRAME_ALONE = re.compile(
    r"^\W*(?:(?:hi|hey|hello)(?:\s+[\w-]+)?\s*[,!:\u2014-]+\s*)?(?:could|can|would|will)\s+"
    r"(?:you|u)\s+(?:please\s+|pls\s+|plz\s+|kindly\s+)?(?=[\w-]+\s+(?:is|are|was|were|has|have|"
    r"runs|ran)\b)"
)


def _described(said: str, result: PlanResult, names: set[str]) -> str | None:
    lowered = said.lower().replace("\u2019", "'")
    if "you" in lowered or " u " in lowered:
        lowered = _FRAME_ALONE.sub("please ", lowered, count=1)
    courteous = _COURTESY.search(lowered) is not None
    lowered = _COURTESY.sub(" ", lowered) if courteous else lowered
    if _WISH.search(lowered) or "?" in lowered:
        return None
    parts = [p for c in speech.clauses(lowered) for p in _ARROW.split(c) if p.strip(" .!")]
    states = [(p, _states(p, names)) for p in parts]
    if not states or any(m is None and not _TAIL.match(p) for p, m in states):
        return None  # a clause of its own that may be the order ("kick orders")
    if courteous and any(m is not None and m.group("verb").endswith("ed") for _, m in states):
        return None  # "frontend updated to 2.2.0 please": a participle asked for (round 24)
    kinds = _kinds(result)
    name = next((op.target.name for op in result.operations), "it")
    for part, m in states:
        if m is None:
            continue
        for what, made, words, order in _MAKES:
            if not kinds & set(made.split("|")) or not (w := words.search(part)):
                continue
            if what == "a replica count" and not _same_count(w.group(0), result):
                continue  # "my-api is one pod" (made HA): not the count the plan sets
            if _FEW.search(part) and what != "a replica count":
                continue
            if what == "a network policy" and _ACCESS_RULE.search(part):
                continue  # "payments only accepts connections from checkout": a rule (round 16)
            return (
                f"I read {part!r} as a description of how things are or were "
                f"({w.group(0)!r} said with {m.group('verb')!r}, no order), not as a request "
                f"for {what}, so I changed nothing. To make the change, say it as an order, "
                f"e.g. {order.format(name=name)!r}."
            )
    return None


# A report that a change is made or under way, said in the passive or as a participle after
# the workload's name ("worker is scaled to zero", "frontend 2.2.0 deployed", "frontend 2.2.0
# is live", "checkout replicas set to 4", "payments is restarted"): it says what happened, not
# what to do. One clause, no word of wish (":data:`_WISH`"), nothing after but where to.
_DONE_PARTICIPLE = (
    r"(?:scaled|restarted|deployed|redeployed|rolled\s+out|rolling\s+out|deploying|shipped|"
    r"released|pushed|built|merged|upgraded|downgraded|bumped|updated|set|raised|lowered|"
    r"deleted|removed|added|created|enabled|disabled|applied|patched|live|went\s+live|landed|"
    r"ready(?:\s+to\s+(?:ship|deploy|go))?|available|done|in\s+place|taken|spread|"
    r"reverted|rolled\s+back)"
)
_REPORTED = (
    r"^\W*(?:the\s+|our\s+)?(?P<subject>{names})(?:'s)?(?:\s+(?!(?:can|could|may|might)\b)\w[\w.\-:/]*){{0,3}}?"
    r"\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|got|just|already|now|been|all|both)\s+)*"
    r"(?P<verb>" + _DONE_PARTICIPLE + r")\b(?P<rest>[^,;]*)$"
)
# What may follow the participle in a report: where to, by whom, when it was.
_REPORT_REST = re.compile(
    r"^(?:\s+(?:down|up|back|out|over))?(?:\s+(?:to|at|on|in|for|by)\s+[\w.\-:/]+"
    r"(?:\s+(?:replicas?|pods?|instances?))?)*(?:\s+(?:now|already|today|yesterday|"
    r"this\s+morning|earlier|successfully|fine|ok))*\W*$",
    re.I,
)
# "payments can be restarted", "checkout can go to 4", "the orders pdb can be removed", "it's
# safe to restart payments": what may be done, said as a statement — a permission or a fact,
# not an order. Only the bare statement (a reason, a time or "go ahead" beside it may be the
# order: "the pdb of orders can be removed, it keeps blocking node drains" plans).
_PERMITTED = (
    r"^\W*(?:the\s+|our\s+)?(?P<subject>{names})(?:'s)?(?:\s+\w[\w.\-:/]*){{0,2}}?\s+"
    # ("worker deployment can safely be deleted" and "worker can move up to 0.9.3" plan, as
    # rounds 4 and 7 read them: said safe, or a move up, it is the writer's go.)
    r"(?P<verb>(?:can|could|may|might)\s+(?:now\s+|also\s+)?(?:be\s+\w+(?:\s+(?:down|up|"
    r"back|out|over))?|go))\b(?P<rest>[^,;]*)$"
)
# Round 25 (reports): "we can delete frontend now": a permission said of us, as "frontend can be
# deleted" ("can we …?" asks for it: a question; "you can …" is said to the reader: a go).
_SAFE_TO = re.compile(
    r"^\W*(?:(?:it'?s|it\s+is|its|that'?s|that\s+is)\s+(?:now\s+|probably\s+|totally\s+|"
    r"perfectly\s+)?(?P<verb>safe|ok|okay|fine|alright|all\s+right|allowed|permitted|possible)"
    r"\s+to|(?P<we>we)\s+(?:(?:now|also|probably|safely)\s+)?(?:can|could|may)(?:\s+(?:now|"
    r"safely|also|finally))?)\s+(?P<rest>[^,;]*)$",
    re.I,
)
_HAS_TIME = re.compile(
    r"\b(?:overnight|tonight|tomorrow|every|nightly|daily|weekly|weekends?|until|till|during|"
    r"while|after|before|between|from|at\s+\d|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b",
    re.I,
)
# "postgres is a SPOF", "postgres: SPOF", "postgres isn't HA": an assessment alone, no order.
_ASSESSED = (
    r"^\W*(?:the\s+|our\s+)?(?P<subject>{names})(?:\s+(?:is|are|'s|was)\s+(?:still\s+)?"
    r"(?:a\s+|our\s+|the\s+)?|\s*:\s*|\s+(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+)"
    r"(?P<verb>spof|single\s+point\s+of\s+failure|ha|highly[\s\-]available|redundant)\W*$"
)
# A command marked as an example after it ("kubectl … # example only", "# e.g."), or a PR's
# title ("PR #123: bump frontend to 2.2.0"). (A to-do or a runbook's step is an order: "TODO:
# tear down orders", "- [ ] ship frontend 2.3.0", "Runbook step 4: create velero schedule …"
# plan.)
_MARKED = re.compile(
    r"\s#\s*(?:example|e\.?g\.?|for\s+example|sample|illustrat\w*|"
    r"don'?t\s+run|do\s+not\s+run|not\s+to\s+run|docs?|reference|ref)\b.*$",
    re.I,
)
_QUOTED_LIST = re.compile(
    r"^\W*(?:pr|pull\s+request|mr)\s*#?\d+\s*[:\-\u2013\u2014]\s*\S",
    re.I,
)


def _reported(said: str, result: PlanResult, names: set[str]) -> str | None:
    lowered = said.lower().replace("\u2019", "'").strip()
    if m := _MARKED.search(lowered):
        return (
            f"I read {m.group(0).strip()!r} after the command: it marks the command as an "
            "example, not an order to run now, so I changed nothing. Say the "
            "change on its own, without the marker, to plan it."
        )
    if m := _QUOTED_LIST.search(lowered):
        return (
            f"I read {lowered!r} as a PR's title, "
            "not as an order to run now, so I changed nothing. Say the change on its own, "
            "without the label, to plan it."
        )
    if "?" in lowered or rx(r"\bgo\s+ahead\b|\bplease\b|\bpls\b|\bdo\s+it\b").search(lowered):
        return None
    named = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    changes = "; ".join(op.summary() for op in result.operations)
    # (Only of a database's StatefulSet, as "make postgres HA" asks: "the worker is a single
    # point of failure" is the order to make it HA.)
    stateful = any(op.target.kind == "StatefulSet" for op in result.operations)
    if stateful and (m := rx(_ASSESSED.format(names=named), re.I).match(lowered)) is not None:
        return (
            f"I read {lowered!r} as an assessment of {m.group('subject')}, not an order, so I "
            f"changed nothing. To change it say it as an order, e.g. 'make "
            f"{m.group('subject')} highly available' (I would {changes})."
        )
    if _WISH.search(lowered.replace("can ", "").replace("could ", "")):
        return None
    for shape in (_REPORTED, _PERMITTED):
        m = rx(shape.format(names=named), re.I).match(lowered)
        if m is None or not _REPORT_REST.match(m.group("rest")) or _HAS_TIME.search(lowered):
            continue
        kind = "a statement of what may be done" if shape is _PERMITTED else "a report"
        return (
            f"I read {lowered!r} as {kind} ({m.group('verb')!r} said of "
            f"{m.group('subject')}), not an order, so I changed nothing. If you want it done "
            f"now, say it as an order (I would {changes})."
        )
    if (m := _SAFE_TO.match(lowered)) and not _HAS_TIME.search(lowered):
        said = f"{m.group('verb')!r} to do it" if m.group("verb") else "'we can' do it"
        return (
            f"I read {lowered!r} as an assessment ({said}), not an order, "
            f"so I changed nothing. If you want it done now, say it as an order, e.g. "
            f"{m.group('rest').strip(' .!')!r} (I would {changes})."
        )
    return None


# "bring payments back up", "get postgres back up and running", "worker is back up": the
# phrasal verb (running again), never a backup ("back up postgres", "back postgres up", "take a
# backup of postgres" stay backups).
_BACK_UP = re.compile(
    r"\b(?:bring|brings|brought|bringing|get|gets|got|getting|spin|spins|spun|spinning|start|"
    r"starts|started|power|powered|fire|fired|scale|scaled|rescale|rescaled|boot|booted|reboot|"
    r"rebooted|restart|restarted|revive|revived|put|come|comes|came|"
    r"coming|is|are|'s|was|were|be|been|being|it'?s|they'?re|stand|stood|ramp|ramped|"
    r"turn|turned|crank|cranked|prop|propped)\b(?P<what>(?:\s+(?!back\b)[\w.\-']+){0,4}?)\s+back\s+up\b"
    r"(?!\s+(?:of|for|to|from|the|its|their|all|every|\w+\s+(?:nightly|daily|hourly|weekly)))",
    re.I,
)


def _backed_up(said: str, result: PlanResult) -> str | None:
    if not _kinds(result) & {"Schedule", "Backup"}:
        return None
    if m := _BACK_UP.search(said):
        # (Its name as said: "bring payments back up"; "worker is back up" names it before.)
        what = m.group("what").strip() or "it"
        return (
            f"I read {m.group(0)!r} as 'back up' meaning running again (the phrasal verb), not "
            f"as a backup, so I changed nothing. To start it again say e.g. 'scale {what} to "
            f"1' or 'restart {what}'; to take a backup say "
            f"{'back it up' if what == 'it' else f'back up {what}'!r}."
        )
    return None


# Silencing, snoozing or acknowledging an alert, or a complaint that alerts are noisy.
_SILENCE = re.compile(
    r"\b(?:silenc\w*|snooz\w*|mut(?:e|es|ed|ing)|ack(?:s|ed|ing)?|acknowledg\w*|quiet\w*|"
    r"suppress\w*|dismiss\w*|hush\w*|shush\w*|inhibit\w*|squelch\w*|"
    r"shut\s+up|turn\s+off|disable\w*|stop)\b(?:\s+[\w.\-']+){0,3}?\s+(?:alerts?|alarms?|pages?|"
    r"paging|notifications?|pagers?)\b|"
    r"\b(?:alerts?|alarms?|pages?|paging|notifications?)\s+(?:are|is|keep|keeps|have\s+been|"
    r"'s|were|was)\s+(?:\w+\s+)?(?:noisy|spammy|flapping|annoying|too\s+\w+|firing|going\s+off|"
    r"waking)\b|"
    r"\b(?:alerts?|alarms?|pages?|notifications?)\s+(?:keep|keeps|kept)\s+(?:on\s+)?(?:paging|"
    r"firing|waking|going\s+off|flapping|spamming|pinging|buzzing)\b",
    re.I,
)
# A message with no verb: only names, words of monitoring and measures ("payments metrics",
# "payments dashboard", "our SLO: payments p99 latency < 500ms").
_NOUN = re.compile(
    r"(?:metrics?|dashboards?|observability|telemetry|stats|graphs?|visibility|insights?|"
    r"monitoring|grafana|prometheus|slos?|slis?|latency|p\d{2,3}|availability|uptime|error|errors|rate|"
    r"target|budget|our|the|my|for|of|on|in|a|an|its|please|pls|\d[\w.%]*|ms|s|"
    r"[<>=\u2264\u2265]+|:|-)",
    re.I,
)
# Round 32 (lead): what to set up and for whom, "prometheus metrics for frontend": the system
# that scrapes, named with what it gathers, for a workload — a request as "an HPA for my-api"
# is ("metrics for payments" or "payments prometheus" alone still say no change).
_FOR_PROMETHEUS = re.compile(
    r"\bprometheus\s+(?:metrics|scraping|monitoring)\s+(?:for|of|on)\b", re.I
)
# A comparative said of the scrape with no interval: "scrape less often", "more frequently".
_COMPARED = re.compile(
    r"\b(?:less|more)\s+(?:often|frequently)\b|\b(?:slower|faster|less|more)\s+scrap\w*\b|"
    r"\bscrap\w*\s+(?:\w+\s+)?(?:slower|faster|less|more)\b|"
    r"\b(?:reduce|lower|decrease|increase|raise|cut|halve|double)\s+(?:the\s+)?(?:scrape|scraping)\s+"
    r"(?:frequency|rate|interval)\b|"
    r"\binterval\b[^.;]*?\b(?:longer|shorter|bigger|smaller|higher|lower|too\s+(?:short|long|"
    r"high|low|frequent|often))\b",
    re.I,
)
_INTERVAL = re.compile(
    r"\b\d+\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hours?)\b|\bevery\s+(?:minute|"
    r"second|hour|half)\b",
    re.I,
)


def _monitored(said: str, result: PlanResult, names: set[str]) -> str | None:
    if not _kinds(result) & {"ServiceMonitor", "PodMonitor"}:
        return None
    name = next((op.target.name for op in result.operations), "it")
    if m := _SILENCE.search(said):
        return (
            f"I read {m.group(0)!r} as silencing or quieting alerts: this tool makes no "
            "Alertmanager silences and does not change alert rules' noise, so I changed "
            f"nothing. Silence it in Alertmanager; say 'monitor {name}' if you want a "
            "ServiceMonitor."
        )
    if (m := _COMPARED.search(said)) and not _INTERVAL.search(said):
        return (
            f"I read {m.group(0)!r} without an interval: how often should it be scraped? Say "
            f"it with the interval, e.g. 'scrape {name} metrics every 60s'."
        )
    words = [w for w in rx(r"[\w.\-%]+|[<>=\u2264\u2265:]+").findall(said.lower())]
    rest = [w for w in words if w not in names and not _NOUN.fullmatch(w)]
    if words and not rest and not _FOR_PROMETHEUS.search(said):
        return (
            f"I read {said.strip()!r} as a name with no verb: it does not say what to do, so "
            f"I changed nothing. Say the change as an order, e.g. 'monitor {name}' or "
            f"'scrape {name} metrics every 30s'."
        )
    return None


# A record's status after the change, saying it is carried out ("CHG-991 scale payments to 4
# (implemented)", "… — done already", "…: applied").
_CARRIED_OUT = re.compile(
    r"(?:\(\s*|\s[-\u2013\u2014|]+\s+|:\s+|\[\s*)(?:#\d+\s*,\s*)?(?:status\s*:?\s*)?(?:already\s+)?"
    r"(?:implemented|completed|complete|executed|applied|carried\s+out|rolled\s+out|in\s+place|"
    r"deployed|done\s+already|already\s+done|actioned|fulfill?ed|resolved|merged|shipped|"
    r"landed|released|live|(?:#\d+\s*,\s*)?merged)"
    r"(?:\s+(?:on|at|by|in)\s+[^)\]]{0,40})?\s*[)\]]?\W*$",
    re.I,
)


# Round 32 (a36a, attack36 shape 1): a count of what happened to a workload, said with no verb
# of its own ("7 restarts on worker today", "worker: 7 restarts today", "there were 7 restarts
# on payments", "we saw 3 rollbacks of checkout this week"): the noun is no order to do it again.
_EVENTS = (
    r"(?:restarts|crashes|rollbacks|roll-?backs|reverts|redeploys|deploys|scale-?ups|"
    r"scale-?downs|deletes|deletions|evictions|oom\s*kills|ooms|failovers|reboots)"
)
_EVENTS_CUE = re.compile(_EVENTS)
_COUNTED = (
    r"^\W*(?:(?:fyi|btw|note|heads\s+up|so|ok|also)\b\W*)*"
    r"(?:there\s+(?:were|was|are|have\s+been|has\s+been)\s+|(?:we|i)\s+(?:saw|see|had|have|got|"
    # (Round 32, lead: or with none, "worker 8 restarts overnight".)
    r"counted)\s+|(?:the\s+)?(?P<n1>{names})(?:'s)?(?:\s+pods?)?(?:\s*(?::|-|\u2014|\u2013)\s*|\s+))?"
    r"(?:\d+|several|many|multiple|a\s+few|a\s+lot\s+of|lots\s+of|repeated|frequent|constant)\s+"
    + _EVENTS
    + r"(?:\s+(?:on|of|for|in|at)\s+(?:the\s+)?(?P<n2>{names})(?:\s+(?:pods?|deployment|app))?)?"
    r"(?:\s+(?:today|yesterday|tonight|overnight|already|so\s+far|this\s+(?:morning|week|hour)|"
    r"last\s+(?:night|week|hour)|since\s+[\w.\-]+(?:\s+\w+)?|in\s+the\s+last\s+\w+(?:\s+\w+)?))*"
    r"[\s.!]*$"
)


def _counted(said: str, result: PlanResult, names: set[str]) -> str | None:
    lowered = said.lower().strip()
    if not _EVENTS_CUE.search(lowered) or not names:
        return None
    named = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    m = rx(_COUNTED.format(names=named), re.I).match(lowered)
    if m is None or not (m.group("n1") or m.group("n2")):
        return None
    changes = "; ".join(op.summary() for op in result.operations)
    return (
        f"I read {said.strip()!r} as a count of what happened, not as an order, so I changed "
        f"nothing. Should I {changes}? Say it as an order (e.g. 'restart "
        f"{m.group('n1') or m.group('n2')}') to plan it, or say what to change."
    )


def check(
    said: str,
    result: PlanResult,
    answered: bool = False,
    workloads: frozenset[str] = frozenset(),
    sent: str | None = None,
) -> PlanResult:
    """``result``, or a question in its place when ``said`` describes what the plan makes,
    says "back up" as the phrasal verb, silences alerts or names monitoring with no verb."""
    if answered or not result.operations:
        return result
    names = {op.target.name.lower() for op in result.operations}
    # (Only the workloads whose letters are in the words: no other can be said there, and a
    # namespace of 2,000 is not lowered and made a pattern on every plan.)
    names |= {n.split("-")[0] for n in names} | {w.lower() for w in names_in(said, workloads)}
    if m := _CARRIED_OUT.search((sent or said).strip()):
        changes = "; ".join(op.summary() for op in result.operations)
        return result.held_back(
            f"I read {m.group(0).strip()!r} after the change: the record says it is carried out "
            f"already, so I changed nothing. Should I {changes} again now? Say it on its own, "
            "without the status, to plan it."
        )
    asked = (
        _backed_up(said, result)
        or _monitored(said, result, names)
        or _described(said, result, names)
        or _reported(said, result, names)
        or _counted(said, result, names)
    )
    return result if asked is None else result.held_back(asked)
