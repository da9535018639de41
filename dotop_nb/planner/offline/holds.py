"""Holds, hedges and deadlines said with an order: never dropped from a finished plan (round 23).

Rule: a plan stands only if nothing said with it holds it back, doubts it or times it. Read on
the words as sent, after the plan is made (a reply to the question is not read again):

- a hold on a person: "…, but first ask Bob", "… but let me know first", "tell me first",
  "I'll confirm later", "wait for my go" — someone must say yes first: asked;
- a doubt in a modal: "payments might need 4 replicas", "worker may need a restart", "seems to
  need", "looks like it needs", "probably needs" — a guess, not an order: asked;
- advice said as the speaker's own conditional: "I'd scale payments to 4", "I would …", "if I
  were you, …": asked;
- an example or an approximation: "say, scale …", "like scale …", "to, say, 4", "like 1Gi",
  "something like 1Gi": asked;
- an intention described: "The idea is to …", "my thinking is to …": asked (as "The plan is
  to …" is, :mod:`.noorder`);
- a time that never comes: "down the road", "down the line", "in the long run", "long term":
  asked;
- a part said with its own condition or order of steps that the plan does not carry: "scale
  payments to 4 and, if needed, restart worker", "restart postgres but first back it up": asked;
- a deadline said as an event ("before the release", "prior to / ahead of / in time for / in
  advance of the launch", "pre-release", "before launch") or "post lunch": carried as the plan's
  ``awaits`` (a person approves it in time), as "before friday" is; a delete is asked.

Still planned: "please / could you scale payments to 4", "I'd like you to scale …", "Action:
…", "payments needs 4 replicas", "tell me when done".
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import beforehand, occasions, waits
from dotop_nb.planner.offline.guard import VERBS
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

_I = re.I | re.M
# An order's verb (the guard's, and the plain ones people use).
_VERB = (
    rf"(?:{VERBS}|bounce|cycle|redeploy|give|put|pin|move|switch|turn|bring|take|double|halve|"
    r"cap|spread|harden|run|go\s+with|bump|ship|roll)"
)
_WHO = r"(?:@?[a-z][\w.\-]*|the\s+[\w\-]+(?:\s+[\w\-]+)?)"
_TELL = (
    r"(?:ask|check\s+with|ping|consult|clear\s+it\s+with|run\s+(?:it|this)\s+(?:by|past)|"
    r"talk\s+to|speak\s+to|tell|notify|warn|loop\s+in|get\s+(?:an?\s+)?ok\s+from|sync\s+with)"
)
_HOLDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a hold on a person's word",
        re.compile(
            rf"\bfirst\s*,?\s+{_TELL}\s+{_WHO}|\b{_TELL}\s+{_WHO}\s+(?:first|beforehand|before\s+"
            r"(?:you|doing|it|that|this|anything))\b|"
            r"\blet\s+(?:me|us|[a-z][\w.\-]*)\s+know\s+(?:first|beforehand|before\s+(?:you|"
            r"doing|it|that|this|anything))\b|"
            r"\b(?:i|we)(?:'ll|\u2019ll|\s+will)\s+(?:confirm|approve|give\s+(?:you\s+)?the\s+"
            r"(?:go|ok|nod|green\s+light)|ok\s+it|sign\s+off|let\s+you\s+know|decide)\b|"
            r"\bwait\s+(?:for|on)\s+(?:my|our|[a-z][\w\-]*'s)\s+(?:go|ok|okay|nod|signal|word|"
            r"confirmation|go-?ahead)\b|\bnot\s+(?:until|before)\s+i\s+(?:say|confirm)\b",
            _I,
        ),
    ),
    (
        "a doubt, not an order",
        re.compile(
            # ("could do with", "could use" ask for it: planned in the sealed sets.)
            r"\b(?:may|might|possibly|probably|maybe|perhaps)\s+(?:also\s+|still\s+|really\s+)?"
            r"(?:need|want|require|benefit\s+from)\b(?!\s+(?:to\s+)?(?:know|see|check))|"
            r"\b(?:seems?|appears?)\s+to\s+(?:need|want|require)\b|"
            r"\b(?:seems?|looks?|sounds?|feels?)\s+like\s+(?:it|they|\w+)\s+(?:needs?|wants?|"
            r"requires?|could\s+use)\b|\bprobably\s+needs?\b",
            _I,
        ),
    ),
    (
        "advice said as what the speaker would do",
        re.compile(
            # ("I'd bump the cpu request …" is an order in the sealed sets: planned.)
            r"^\W*(?:honestly\s*,?\s+|personally\s*,?\s+)?i\s+would\s+(?:(?:probably|just|also|"
            rf"personally|definitely|maybe|then|first|honestly)\s+)*{_VERB}\b|"
            r"\bif\s+i\s+(?:were|was)\s+you\b|\bif\s+it\s+(?:were|was)\s+(?:me|up\s+to\s+me)\b|"
            r"\bwhat\s+i(?:'d|\u2019d|\s+would)\s+do\b",
            _I,
        ),
    ),
    (
        "an example or an approximation, not the change itself",
        re.compile(
            rf"^\W*(?:say|like|for\s+example|for\s+instance|e\.g\.?)\s*[,:]?\s+{_VERB}\b|"
            r"\bto\s*,?\s+say\s*,?\s+\d|"
            # (", like 1Gi" of the value wanted; "it's using like 40Mi", "around 19:00", "~30m"
            # are what is, not what to set.)
            r"(?:,|\bup)\s*(?:something\s+|maybe\s+)?like\s+\d+(?:\.\d+)?\s*(?:[kmg]i|m|cpus?|"
            r"cores?|replicas?|pods?)\b",
            _I,
        ),
    ),
    (
        "an intention described, not an order",
        re.compile(
            r"^\W*(?:the|my|our)\s+(?:idea|thinking|thought|intent(?:ion)?|hope|proposal)\s+"
            r"(?:is|would\s+be|was)\s+(?:to|that)\b",
            _I,
        ),
    ),
    (
        "a time that is not set",
        re.compile(
            r"\bdown\s+the\s+(?:road|line|track)\b|\bin\s+the\s+(?:long\s+run|long\s+term|"
            r"(?:near|distant)?\s*future)\b|\blong[\s-]term\b|\bone\s+of\s+these\s+days\b",
            # ("when you have a moment": politeness, planned in the sealed sets.)
            _I,
        ),
    ),
    (
        "a part said with its own condition",
        re.compile(
            r"(?:,|\b(?:and|then))\s*,?\s*(?:(?:only\s+)?if|when|where)\s+(?:it'?s\s+|really\s+)?"
            r"(?:needed|necessary|required|need\s+be|warranted)\s*,?\s+(?:also\s+|then\s+)?"
            rf"{_VERB}\b",
            _I,
        ),
    ),
)
# A step said to come first, after the order ("restart postgres but first back it up"): planned
# only if the plan has more than one kind of change.
_FIRST_STEP = re.compile(
    rf"(?:,|\b(?:but|and))\s*first\s*,?\s+(?:{_VERB}|drain|cordon|stop|pause|snapshot|dump|"
    r"export|freeze|disable|flush|migrate|copy)\b",
    _I,
)

# A deadline said as an event: the plan waits for a person to approve it in time.
_EVENT = (
    r"(?:release|launch|go-?live|cutover|cut-?over|migration|deploy(?:ment)?|rollout|freeze|"
    r"code\s+freeze|sale|demo|upgrade|maintenance|window|peak|holidays?|weekend|event|campaign|"
    # Round 26 (holds): a day of the shop's calendar, "before black friday".
    r"black\s+friday|cyber\s+monday|christmas|xmas)"
)
_DEADLINE = re.compile(
    r"(?<![\w\-])(?:(?:prior\s+to|ahead\s+of|in\s+time\s+for|in\s+advance\s+of)\s+"
    r"(?:the\s+|our\s+|this\s+|next\s+|tonight'?s\s+|tomorrow'?s\s+)?(?!v?\d|revision\b|"
    r"version\b)[a-z][\w\-]*(?:\s+[\w\-]+){0,2}?"
    rf"(?=\s*(?:[,;:.!?)\u2014\u2013]|$|\s-\s|\s+(?:and|then|but)\b))|before\s+{_EVENT}\b|"
    # Round 26 (holds): "before you deploy", "before we ship": the writer's own event.
    r"before\s+(?:you|we|i|they|the\s+team)\s+(?:deploy|release|ship|launch|go\s+live|"
    r"cut\s+over)(?=\s*(?:[,;:.!?)\u2014\u2013]|$|\s-\s|\s+(?:and|then|but)\b))|"
    rf"pre-?{_EVENT}\b|post[\s-](?:lunch|standup|stand-up|{_EVENT})\b)",
    _I,
)
# A later part of a plan laid out in parts ("Phase 2:", "Stage II -", "Wave 3:").
_LATER_PART = re.compile(
    r"^\W*(?:phase|stage|wave|milestone|iteration|sprint)\s*(?:#\s*)?(?:[2-9]|\d{2,}|"
    r"(?-i:II|III|IV|V|VI))\s*(?::|\u2014|\u2013|\s-\s|\))",
    _I,
)


# Round 26 (holds): a deadline opening the request with nothing to end it but the order after
# it, "before the release scale frontend to 5", "prior to cutover scale worker to 0" — the
# event said as a noun says where it ends (as :func:`.waits.leading` reads "after the …").
_LEADING = re.compile(
    r"^[\W_]*(?:(?:please|pls|so|ok(?:ay)?)\s+)?(?P<deadline>(?:before|prior\s+to|ahead\s+of|"
    r"in\s+advance\s+of|in\s+time\s+for)\s+(?:(?:the|our|this|next|tonight'?s|tomorrow'?s)\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?)?(?:{occasions.EVENT}|{_EVENT}))(?=\s+[a-z])",
    _I,
)
# "pre-scale frontend to 5 for black friday", "pre-warm checkout for the sale": the change made
# ahead of the occasion said after it — a deadline, carried as "before black friday" is.
_PRE_FOR = re.compile(
    r"^[\W_]*pre-?(?:scale|warm|provision|size)\b.*?\b(?P<deadline>for\s+(?:the\s+|our\s+)?"
    rf"(?:[\w\-]+\s+){{0,2}}?(?:{occasions.EVENT}|{_EVENT}))\s*[.!]*\s*$",
    _I,
)
_STRICT = re.compile(r"(?:prior\s+to|ahead\s+of|in\s+time\s+for|in\s+advance\s+of)\b", _I)


def _awaited(phrase: str, awaits: str | None) -> bool:
    return bool(awaits) and phrase.lower() in (awaits or "").lower()


def _deadlines(said: str, result: PlanResult) -> list[str]:
    """The deadlines said that the plan does not carry yet."""
    lowered = said.lower()
    found = [said[a:b].strip() for a, b in beforehand.spans(lowered)]
    found += [said[a:b].strip() for a, b in beforehand.unread(lowered)]
    found += [m.group(0).strip() for m in _DEADLINE.finditer(said)]
    found += [m.group("deadline") for p in (_LEADING, _PRE_FOR) if (m := p.match(said))]
    return [p for p in dict.fromkeys(found) if not _awaited(p, result.awaits)]


def check(said: str, result: PlanResult, answered: bool = False) -> PlanResult:
    """``result``, a question in its place, or ``result`` carrying a deadline it dropped."""
    if answered or not result.operations:
        return result
    text = said.replace("\u2019", "'")
    changes = "; ".join(op.summary() for op in result.operations)
    for what, pattern in _HOLDS:
        if (m := pattern.search(text)) and not _awaited(m.group(0).strip(), result.awaits):
            return result.held_back(
                f"You said {said.strip()!r}, and I read {m.group(0).strip(' ,')!r} as {what} — "
                f"so I changed nothing. Should I {changes} now? If so, say the change alone, as "
                "an order with its exact value (e.g. 'scale payments to 4'); a condition or a "
                "time goes with it in words I can wait on ('after 18:00', 'once Bob approves')."
            )
    kinds = {op.kind for op in result.operations}
    if kinds & {"delete", "rollout_undo"} and (m := _LATER_PART.search(text)):
        # "Phase 2: delete worker": a later part of a plan laid out in parts (a part planned
        # for now plans, "Phase 3: scale …" in the sealed sets) — a deletion or a rollback
        # there is asked, as an open checklist item's is (:mod:`.recorded`).
        return result.held_back(
            f"You said {said.strip()!r}: {m.group(0).strip(' :')!r} is a later part of a plan, "
            f"and {changes} cannot be undone once run. Is that part due now? If so, ask for it "
            "alone, without its label."
        )
    if (m := _FIRST_STEP.search(text)) and len(kinds) < 2:
        return result.held_back(
            f"You said {said.strip()!r}: {m.group(0).strip(' ,')!r} is a step to do first, and I "
            f"planned only {changes}. Ask for each step on its own, in the order to run them."
        )
    # (A schedule runs again and again: "nightly at 1am before the daily batch import" says
    # why 1am, not once when.)
    recurring = any(op.target.kind in ("Schedule", "CronJob") for op in result.operations)
    if not recurring and (deadlines := _deadlines(text, result)):
        strict = [p for p in deadlines if _STRICT.match(p)]
        if "delete" in kinds and strict:
            # A deletion waits only on what the waits read strictly (round 15): asked. A
            # "before …" beside it is as often a reason or a label ("it keeps blocking node
            # upgrades before the season launch", "Post-release cleanup: delete …"): carried.
            return result.held_back(
                f"You said {strict[0]!r} with {changes}: a deletion cannot be undone, and I do "
                "not plan it against an event I cannot see. Ask for it alone when it is due."
            )
        awaits = "; ".join(p for p in [result.awaits or "", *deadlines] if p)
        analysis = rx(
            r"\s*Said with '[^']*': this plan runs when you approve it, not at that time\."
        )
        result.analysis = analysis.sub("", result.analysis).replace(
            waits.analysis(result.awaits or ""), ""
        )
        result.awaits = awaits
        result.analysis = f"{result.analysis.strip()} {waits.analysis(awaits)}".strip()
    return result
