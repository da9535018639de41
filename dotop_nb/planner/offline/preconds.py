"""A hold, a precondition, a trigger or an order of steps said with an order that the plan does
not carry: asked (round 24).

Rule: read on the words as sent, after the plan is made (after :mod:`.holds`), a plan stands
only if nothing said with it holds it back in a way its ``awaits`` does not carry:

- a step or a check said to come first, closing the request: "scale checkout to 4, QA first",
  "… but drain the queue first", "delete worker (drain first)", "harden payments, add a pdb
  first", "scale worker to 0, queue must be empty first", "… - ensure no jobs are running",
  "… but let running jobs finish";
- a hold on someone: "(bob approves)", "run it by bob", "wait for my ping", "wait for
  security", "on go", "on my signal";
- a trigger or a condition: "on high cpu", "on spike", "on pager", "on config change",
  "upon QA sign-off", "should payments OOM, …", "till it's healthy";
- a moment that is not a time: "in a quiet moment", "avoiding peak", "(code freeze!)";
- a wait word typed short ("aftr the release", "onc QA is done", "wen QA is done");
- a later look that is no start: "we'll revisit next week", "revisit after the sale";
- steps said in the other order than planned: "prior to restarting payments, back up
  postgres", "restart payments, having backed up postgres", "…, preceded by a checkout
  restart";
- a part said "now" beside another said for later, in one plan (one approval for all);
- an autoscaler said to start at a time ("starting monday") it does not wait for.

Still planned: "scale checkout to 4 after QA", "… once bob approves", "… on page", "… upon
approval", "restart payments outside peak", "scale worker to 4 tomorrow" (each carried as the
plan's ``awaits``), "restart payments first, then worker", "scale payments to 4 now".
"""

from __future__ import annotations

import re

from dotop_nb.ports import PlanResult

_I = re.I
_END = r"\s*[)!.\]]*\s*(?:please|pls|thanks|thx)?\s*[.!]*\s*$"
# A clause closing the request that says a step or a check to do first.
_FIRST = re.compile(
    r"(?:[,;(\u2014\u2013]|\.\s|\s-\s|\bbut\b|\band\b)\s*(?:but\s+|and\s+)?"
    r"(?!(?:do\s+)?(?:it|this|that|them)\s+first)"
    r"(?P<step>[a-z][\w'\- ]{0,60}?)\s+(?:first|beforehand|before\s+(?:that|it|you\s+do))" + _END,
    _I,
)
# Round 31 (a35c): a step said first, opening the request, that the plan does not hold: "first
# migrate the db, then scale payments to 4" (a step of someone else's the plan neither runs nor
# waits for; an event said so is waited on, :func:`.waits.first_then`).
_FIRST_STEP = re.compile(
    r"^[\W_]*(?:(?:ok(?:ay)?|so|alright|please|pls)[,\s]+)*first(?:\s+of\s+all)?\s*[,:]?\s+"
    r"(?P<step>[a-z][^,;:.\n]{2,60}?)\s*(?:[,;:.]|\s-\s|\s\u2014)?\s*(?:and\s+)?then\b",
    _I,
)
_HOLD = re.compile(
    r"\(\s*[a-z][\w.\-]*\s+(?:approves?|signs?\s+off|oks?\s+it|okays?\s+it|agrees?|decides?)"
    r"\s*\)|"
    r"\brun\s+(?:it|this|that)\s+(?:by|past)\s+(?:the\s+[\w\-]+(?:\s+[\w\-]+)?|@?[a-z][\w.\-]*)|"
    r"\bwait\s+(?:for|on)\s+(?:my|our|his|her|their|a|the)\s+(?:ping|go|go-?ahead|signal|word|"
    r"ok|okay|nod|call|message|mark|green\s+light|approval|sign[\s-]?off)\b|"
    r"\bwait\s+(?:for|on)\s+(?:security|qa|legal|compliance|approval|sign[\s-]?off|"
    r"the\s+(?:security|qa|legal|compliance|sec)\s*(?:team|review)?)\b|"
    r"\bon\s+(?:my\s+|the\s+|a\s+)?(?:go|go-?ahead|signal|mark|say-?so|command|cue|"
    r"green\s+light)" + r"(?=\s*(?:$|[,.;!?)]))|"
    # Round 32 (a36b): the hold said as the head ("on approval: …", "on success: …", "on CI
    # green: …", "on sign-off: …").
    r"^\W*on\s+(?:the\s+|a\s+|my\s+|their\s+)?(?:[\w-]+(?:'s)?\s+)?(?:approval|success|"
    r"sign[\s-]?off|green|go-?ahead|merge|ok|okay|pass|completion)\s*[:\u2014\u2013]",
    _I,
)
_TRIGGER = re.compile(
    r"\bon\s+(?:a\s+|the\s+|any\s+)?(?:(?:high|low|rising|heavy|peak)\s+(?:cpu|memory|mem|load|"
    r"traffic|latency|error\s*rate|errors|usage)|spikes?|pager|alerts?|alarms?|ooms?|"
    r"(?:config|configmap|secret|code|image)\s+changes?)(?=\s*(?:$|[,.;!?)]))|"
    r"\bupon\s+(?!approval\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?|"
    r"^\W*should\s+(?!(?:we|i|you|they|it\s+be)\b)[\w\-]+\s+(?:\w+\s+){0,3}?\w+\s*,(?=\s*\w)|"
    r"\b(?:until|till|til)\s+(?:it'?s|it\s+is|they'?re|they\s+are|it\s+becomes?|it\s+gets?)\s+"
    r"(?:healthy|ready|green|stable|up|fixed|working|ok|okay|fine|back)\b",
    _I,
)
_MOMENT = re.compile(
    r"\b(?:in|at|during)\s+a\s+(?:quiet|calm|slow|good|convenient|low[\s-]traffic)\s+(?:moment|"
    r"time|period|spot|window|hour)\b|\bavoid(?:ing)?\s+(?:the\s+)?(?:peak|busy|rush)\w*|"
    r"\(\s*(?:(?:code|change|release|deploy)\s+)?freeze\b[^)]*\)|"
    r"\b(?:code|change|release|deploy(?:ment)?)\s+freeze\s*!|"
    r"\b(?:we'?re|we\s+are|it'?s|it\s+is)\s+(?:in\s+)?(?:a\s+|the\s+)?(?:code|change|release|"
    r"deploy(?:ment)?)\s+freeze\b",
    _I,
)
_TYPED_SHORT = re.compile(
    r"\b(?:aftr|atfer|aftre|onc|onec|wen|wehn|whn|untl|unitl|befor|bfore|b4)\s+(?:the\s+)?"
    r"[a-z][\w\-]*",
    _I,
)
_PRECONDITION = re.compile(
    r"\b(?:ensure|make\s+sure|check|verify|confirm)\s+(?:that\s+)?(?:(?:there\s+are\s+)?(?:no|"
    r"none\s+of\s+the)\s+(?:jobs?|tasks?|batch(?:es)?|requests?|messages?|work|connections?|"
    r"consumers?)\s+(?:are\s+|is\s+)?(?:running|queued|pending|in[\s-]flight|active|left|"
    r"processing|open)|nothing\s+is\s+(?:running|queued|pending|in[\s-]flight|processing))\b|"
    r"\blet\s+(?:the\s+)?(?:running|in-?flight|current|pending|active|open)\s+(?:jobs?|requests?|"
    r"work|tasks?|batch(?:es)?|connections?)\s+(?:finish|complete|drain|end)\b|"
    r"\b(?:queue|backlog|jobs?)\s+(?:must|should|needs?\s+to|has\s+to)\s+(?:be\s+)?(?:empty|"
    r"drained|done|finished|clear)\b|\((?:the\s+)?(?:queue|backlog)\s+(?:empty|drained)\b",
    _I,
)
_REVISIT = re.compile(
    r"\b(?:revisit|re-?evaluate|reassess|re-?assess|reconsider|circle\s+back|look\s+again|"
    r"review\s+(?:it|this|that))\b",
    _I,
)
_ORDER = re.compile(
    r"^\W*(?:prior\s+to|before|ahead\s+of)\s+[a-z]+ing\b[^,;]*,|,\s*having\s+(?:first\s+)?"
    r"[a-z]+(?:ed|en|t|ne)\b(?:\s+(?:up|it|them|that))?|\bpreceded\s+by\b|\bbut\s+before\s+that\b|\bhaving\s+first\b",
    _I,
)
_NOW = re.compile(r"(?<!for\s)(?<!not\s)\b(?:right\s+now|now|immediately|asap|right\s+away)\b", _I)
# A weekday, with the part of it said after it ("monday morning").
_WEEKDAY = (
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?\b"
)
_STARTING = re.compile(
    r"\b(?:starting|beginning|from|as\s+of|effective|on)\s+(?:(?:this|next)\s+)?(?:mon|tues?|wed"
    r"(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:starting|beginning|from|as\s+of|"
    r"effective)\s+(?:tomorrow|tonight|next\s+week|next\s+month)\b|\btomorrow\b|\btonight\b|"
    # Round 29 (U12): the times an autoscaler's words keep (guard reads them as a schedule's):
    # "… at 70% cpu after hours", "… when cpu hits 60% next tuesday", "monday morning: …".
    r"\b(?:after|outside(?:\s+of)?)\s+(?:business\s+|office\s+)?hours\b|\boff-?(?:peak|hours)\b|"
    r"\bover\s*night\b|\bthis\s+(?:evening|morning|afternoon)\b|"
    # (Never an end: "untill monday", "by friday" are asked as how long, :mod:`.durations`;
    # never a pattern: "latency spikes every Monday morning" says when the load comes.)
    # A day said as a time: after "on" / "next" / "this" / "coming", or closing its clause
    # ("monday morning: …", "… next tuesday"); never one naming something ("friday promo
    # traffic is spiky", blind26).
    r"(?<!until\s)(?<!untill\s)(?<!till\s)(?<!til\s)(?<!by\s)(?<!through\s)(?<!every\s)"
    rf"(?<!each\s)(?:(?:(?<=\bon\s)|(?<=\bnext\s)|(?<=\bthis\s)|(?<=\bcoming\s)){_WEEKDAY}|"
    rf"{_WEEKDAY}(?=\s*(?:[:,.;!?)]|$)|\s+(?:at|from|after|before|around)\b))",
    _I,
)

_EDGES = " ,;()\u2014\u2013.-"
_CHECKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a hold on someone's word", _HOLD),
    ("a trigger or a condition", _TRIGGER),
    ("a moment to pick, not a time I can wait for", _MOMENT),
    ("a wait word", _TYPED_SHORT),
    ("a condition that must hold first", _PRECONDITION),
)


# Said before an event ("before the code freeze", "until the freeze"): a time, not a warning.
_AT_EVENT = re.compile(
    r"\b(?:before|after|until|till|during|through|ahead\s+of|prior\s+to|by|for|post|pre|"
    r"in\s+time\s+for|once|when)\b(?:\s+[\w\-']+){0,3}\s*$",
    _I,
)
# A deadline the plan carries ("before we run the script"): said of the plan, no later part.
_DEADLINE = re.compile(r"\W*(?:before|prior|ahead|by|in\s+time)\b", _I)


def _names_target(text: str, result: PlanResult) -> bool:
    """Whether ``text`` names what the plan changes: a step said first after it is another
    step ("delete worker, drain first"); said alone after context it is the order itself ("we
    are about to reindex, take a backup of postgres first")."""
    said = set(_WORDS.findall(text.lower()))
    for op in result.operations:
        name = op.target.name.lower()
        words = {name, *name.split("-")} - {"shop", "once", "default"}
        if any(len(w) > 2 and w in said for w in words):
            return True
    return False


def _the_order(step: str, result: PlanResult) -> bool:
    """Whether a step said first is the plan's own order ("we're about to upgrade payments,
    scale it to 4 first") or a fact of it ("restart orders, bob checked it first")."""
    return bool(_IT.search(step)) or _names_target(step, result)


_IT = re.compile(r"\b(?:it|them|this|that)\b", re.I)
_WORDS = re.compile(r"[\w\-]+|\w+")


def _carried(phrase: str, awaits: str | None) -> bool:
    return bool(awaits) and phrase.strip(" ,;()").lower() in (awaits or "").lower()


def check(said: str, result: PlanResult, answered: bool = False) -> PlanResult:
    """``result``, or a question in its place when something said holds it back uncarried."""
    if answered or not result.operations:
        return result
    text = " ".join(said.replace("\u2019", "'").split())
    changes = "; ".join(op.summary() for op in result.operations)
    alone = (
        " If it is due now, say the change alone, as an order with its exact value; a time or "
        "a condition goes with it in words I can wait on ('after 18:00', 'once Bob approves')."
    )
    if (m := _ORDER.search(text)) and len(result.operations) > 1:
        return result.held_back(
            f"You said {m.group(0).strip(' ,')!r}: that says which step comes first, and I "
            f"would have planned {changes} in another order. Ask for each step on its own, in "
            "the order to run them (e.g. 'back up postgres', then 'restart payments')."
        )
    if (
        (m := _FIRST.search(text))
        and not _carried(m.group("step"), result.awaits)
        and _names_target(text[: m.start()], result)
        and not (len(result.operations) == 1 and _the_order(m.group("step"), result))
    ):
        first = m.group(0).strip(_EDGES)
        return result.held_back(
            f"You said {first!r}: a step or a check to do first, which I "
            f"cannot see done, so I changed nothing ({changes} is held). Ask for each step on "
            "its own, in the order to run them, and this one when the first is done."
        )
    if (
        "first" in text.lower()
        and not result.awaits
        and (m := _FIRST_STEP.match(text))
        and not _names_target(m.group("step"), result)
    ):
        first = m.group("step").strip(_EDGES)
        return result.held_back(
            f"You said {'first ' + first!r}: a step to do before the change, which I cannot see "
            f"done and do not plan, so I changed nothing ({changes} is held). Ask for the change "
            "when that step is done, or say what it waits for ('after the db migration, scale "
            "…')."
        )
    for what, pattern in _CHECKS:
        m = pattern.search(text)
        if m and pattern is _MOMENT and _AT_EVENT.search(text[: m.start()]):
            continue  # "before the code freeze": a deadline (:mod:`.holds`), not a warning
        if m and not _carried(m.group(0), result.awaits):
            return result.held_back(
                f"You said {said.strip()!r}, and I read {m.group(0).strip(' ,()')!r} as {what}; "
                f"the plan ({changes}) would not wait for it, so I changed nothing.{alone}"
            )
    if (m := _REVISIT.search(text)) and result.awaits:
        return result.held_back(
            f"You said {m.group(0)!r}: I read that as when you will look at it again, not as "
            f"when to make the change ({changes}), and nothing here reverts it then. Should it "
            "be made now? Then say the change alone; looking at it again is yours to ask for."
        )
    later = bool(result.awaits) and not _DEADLINE.match(result.awaits or "")
    now = _NOW.search(text) if later and len(result.operations) > 1 else None
    if now and not _carried(now.group(0), result.awaits):
        return result.held_back(
            f"You said {now.group(0)!r} of one part and {result.awaits!r} of another, but a "
            f"plan has one approval for all its parts ({changes}): the part said for now "
            "would wait too. Send the parts as separate requests, each with its own time."
        )
    hpa = any(op.target.kind == "HorizontalPodAutoscaler" for op in result.operations)
    if hpa and (m := _STARTING.search(text)) and not _carried(m.group(0), result.awaits):
        return result.held_back(
            f"You said {m.group(0)!r}, and the autoscaler I planned ({changes}) would start "
            f"when approved, not then.{alone}"
        )
    return result
