"""Second thoughts settled inside one message are read as the settled request.

People think aloud: "ceiling of — ten? no, eight —", "should probably be 384Mi, maybe 512Mi...
let's say 512Mi", "every 60s (30s if it's cheap, but let's say 60s)", "I think we should —
actually let's just — scale frontend to 4", "Could we exclude cache from velero? Actually never
mind that — just set up a daily velero backup …".

The rule (issue 11, round 9, helper settled):

- **A value revised in place** — a run of values of one kind (the same unit, or versions)
  linked only by hedges and revision words ("no", "maybe", "but", "honestly", "if it's cheap")
  whose last link SETTLES it ("so X", "let's say X", "make it X", "call it X", "go with X",
  "just X", a question answered "X? no, Y" / "right? yes, Y", or "Y instead") — is the settled
  value alone, said where the first one was. A run that does not settle (it ends on an
  alternative, a question, "or", "maybe", or its last link only corrects: "1.3.0, actually
  1.3.1") is left as said, and asked about by the readers after (:mod:`.hazards`,
  :mod:`.guard`). "to 4, not 5" — a value, then one of its kind it is not, ending the
  clause — is the first.
- **A false start** — "I think we should — actually let's just — scale …": a dash-enclosed
  restart holding no value nor name — is dropped.
- **A question withdrawn** — "Could we X? Actually never mind that — just Y": a first sentence
  that asks, taken back at once, then a request led by "just" or "instead" — is that request
  (left as said, and asked, when the request says "it": what "it" was is in the part withdrawn).
- **A workload settled on** — "restart checkout and, hmm, orders — no, leave orders — just
  checkout": the last clause "just X", X a workload the first clause alone names beside others
  said later, is that first clause. "Could we put postgres on an HPA? … forget postgres, do it
  for my-api instead, 2 to 6" is the request asked, for my-api (asked when the new workload is
  not there, or something between orders anything).
- **A request confirmed** — "payments on …:3.1.0 — well, 3.0.1 was the hotfix, but QA signed
  off 3.1.0, so 3.1.0": a message ending "so X", X the first value of its kind said (the
  request's), is the request up to X; what was weighed on the way lends nothing. Ending on
  another value than the request's ("to 1.1.0 — 1.0.9 had the leak, so 1.0.9") is asked.
- **A step summed** — "bump the cpu request by 50m (it's at 100m, so 150m)": the sum, when it
  is the value now moved by the step in the direction the verb says ("to 150m").
- **A scope settled** — "For checkout — well, for everything eventually, but start with
  checkout — add …": an aside that widens the scope and ends "start with X", X the workload
  named just before it, is dropped (X is the target).
- **A belief denied** — "the ServiceMonitor I thought we had — we don't —": how things are,
  never a negation of the request.

Nothing else is read here: the words outside a settled run, facts and hedges included, are
left for every other reader, and never lend the run a value. Pure text; the namespace's
workload names are read through a callback, only when a message may settle on a workload.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from dotop_nb.planner.offline import guard
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx

# A value of a revision run: a version or image reference, or a number with its unit.
_VALUE = re.compile(
    r"(?<![\w.\-/:])(?:(?P<ref>[a-z0-9][\w.\-]*(?:/[\w.\-]+)+:[\w.\-]*\d[\w.\-]*|v?\d+(?:\.\d+){2,3})"
    r"|(?P<num>\d+(?:\.\d+)?)(?P<unit>%|[a-z]{1,3})?"
    rf"|(?P<word>{t.NUMBER[1:-1]})\b)(?![\w/:])",
    re.I,
)
# Words a link between two values of a run may hold: hedges, revision words, answers.
_LINK_WORDS = frozenset(
    "no nope nah wait actually hmm hm um uhm uh er erm maybe perhaps probably possibly or "
    "rather well so let's lets let us say make it call go with just but honestly frankly i "
    "guess think then ok okay yes yeah yep right sure instead even is plenty enough fine "
    "better".split()
)
# "if it's cheap", "if you want", "if possible": a condition on the discarded alternative.
_LINK_IF = re.compile(r"\bif\s+[\w']+(?:\s+[\w']+){0,2}\s*(?=[,;)\u2014\u2013-]|\s+but\b)", re.I)
# The last link of a settled run: the marker right before the settled value.
_SETTLES = re.compile(
    r"(?:\b(?:so|let'?s\s+(?:say|go\s+with|do|make\s+it)|make\s+it|call\s+it|go\s+with|just)"
    r"|\?\s*(?:no|nope|nah|yes|yeah|yep)\b)[\s,:]*$",
    re.I,
)
_VERB_SETTLES = re.compile(r"\b(?:let'?s\s+)?(?:make|call)\s+it[\s,:]*$", re.I)
# A value said as how things are ("it's at 100m", "currently 2", "from 2"): not an alternative.
_FACT_BEFORE = re.compile(r"\b(?:is|it'?s|are|was|at|currently|now|has|have|from)\s+$", re.I)
_DOING = re.compile(rf"\b(?:{guard.VERBS})\b", re.I)
# What may follow a settled value: the end of its clause ("… let's say 3", "… no, eight — on
# cpu", "… so 5 replicas."), never more of a sentence ("so 2 always survive a drain").
_SETTLED_END = re.compile(
    r"^\s*(?:(?:replicas?|pods?|copies|instances)\b\s*)?(?:please\s*|pls\s*|for\s+now\s*|then\s*)?"
    r"(?:$|[,;.!)]|\u2014|\u2013|\s-\s|instead\b)",
    re.I,
)
_INSTEAD = re.compile(r"^\s*instead\b", re.I)
# What may follow a settled value: not an alternative, nor a question about it.
_OPEN_AFTER = re.compile(r"^\s*(?:\?|\.\.\.|…|,?\s*(?:or|maybe|perhaps|possibly|probably)\b)", re.I)
# Hedges said just before the first value of a settled run, which belong to that value.
_HEDGE_BEFORE = re.compile(
    r"(?:\b(?:probably|maybe|perhaps|possibly|like|roughly|around|about|i\s+was\s+going\s+to\s+"
    r"say|i\s+thought|i'?d\s+say)\s+)+(?P<be>be\s+)?$",
    re.I,
)
# "scale frontend to 4, not 5": the value said, then the one it is not.
_NOT_VALUE = re.compile(r"^,?\s+(?:not|rather\s+than)\s+", re.I)
_CLAUSE_END = re.compile(r"^\s*(?:$|[,;.!)]|\u2014|\u2013|\s-\s|and\b|but\b)", re.I)
_PRONOUN = re.compile(
    r"\b(?:it|its|them|their|those|these)\b|\bthe\s+same\b|\b(?:do|to|on|for)\s+(?:that|this)\b",
    re.I,
)
_DASH = r"(?:\u2014|\u2013|\s-{1,2}\s)"
# "I think we should — actually let's just — scale …": a restart of the sentence, no value.
_FALSE_START = re.compile(
    rf"\s*{_DASH}\s*(?:actually|well|hmm|um|uh|er|erm)\b[\s,]*"
    r"(?:let'?s\s+)?(?:just\s+)?(?:(?:say|do)\s+)?"
    rf"{_DASH}\s*",
    re.I,
)
# "Could we X? Actually never mind that — just Y": the first sentence asks; it is taken back.
_WITHDRAWN_ASK = re.compile(
    r"^\s*(?:could|can|would|should|shall|do)\s+(?:we|you|i)\b[^?.!]*\?\s*"
    r"(?:actually,?\s+|hmm,?\s+|no,?\s+|wait,?\s+)*(?:never\s*mind|nvm|forget|scratch)"
    rf"(?:\s+(?:that|this|it))?\s*(?:[,.;:!]|{_DASH})\s*(?=(?:just|instead)\b)(?:just\s+|instead,?\s+)",
    re.I,
)


def _kind(m: re.Match[str]) -> str:
    """The kind of a value: every reference and version is one kind; a number, its unit's."""
    if m.group("ref"):
        return "ref"
    return (m.group("unit") or "").lower() if m.group("num") else ""


# Round 44 (m44b): "the manat orders (orders) from 2 to 5 pods, no wait, make it 4": a count's
# noun said after the first value of a run of counts is part of that value, never a word of the
# link ("5 pods, no wait, make it 4" settles as "5, no wait, make it 4" does).
_COUNT_NOUN = re.compile(r"^\s*(?:replicas?|pods?|copies|instances)\b", re.I)
_REVISED = re.compile(r"\b(?:no|nope|nah|wait|actually|rather|instead)\b|\?", re.I)


def _noun_revised(gap: str) -> str:
    """``gap`` less a count's noun said first, when a word of revision follows it ("pods, no
    wait, make it"); else as said ("pods, make it": "is on 2 pods, make it 4" is what runs,
    then the order)."""
    if (noun := _COUNT_NOUN.match(gap)) and _REVISED.search(gap, noun.end()):
        return gap[noun.end() :]
    return gap


def _links(gap: str) -> bool:
    """Whether ``gap`` (the words between two values) holds only hedges and revision words."""
    words = rx(r"[,;:!?.()\u2014\u2013\u2026-]").sub(" ", _LINK_IF.sub(" ", gap)).lower().split()
    return len(words) <= 8 and all(w in _LINK_WORDS for w in words)


def _settle_runs(text: str) -> str:
    """``text`` with each settled run of values said as its settled value alone."""
    found = list(_VALUE.finditer(text))
    # Newest run first: a rewrite never moves what comes before it.
    i = len(found) - 1
    while i > 0:
        last = found[i]
        gap = text[found[i - 1].end() : last.start()]
        after = text[last.end() :]
        instead = _INSTEAD.match(after)
        if (
            not (_SETTLES.search(gap) or instead)
            or not _links(_noun_revised(gap) if _kind(last) == "" else gap)
            or _kind(found[i - 1]) != _kind(last)
            or _OPEN_AFTER.match(after)
            or not _SETTLED_END.match(after)
        ):
            i -= 1
            continue
        first = i - 1
        while (
            first > 0
            and _kind(found[first - 1]) == _kind(last)
            and _links(text[found[first - 1].end() : found[first].start()])
        ):
            first -= 1
        if _FACT_BEFORE.search(text[: found[first].start()]):
            # "(it's at 100m, so 150m)": the first value is how things are, not an alternative.
            first += 1
        if first == i:
            i -= 1
            continue
        start, end = found[first].start(), last.end()
        if instead:
            end += instead.end()
        before = text[:start]
        spoken_of = False
        if hedge := _HEDGE_BEFORE.search(before):
            before = before[: hedge.start()] + (hedge.group("be") or "")
            spoken_of = bool(rx(r"\b(?:say|thought)\b", re.I).search(hedge.group(0)))
        rest = text[end:]
        span = text[start:end]
        if span.count("(") > span.count(")"):
            # "every 60s (30s if it's cheap, but let's say 60s)": the aside closes with the run.
            rest = rx(r"^\s*\)").sub("", rest, 1)
        said = last.group(0)
        noun = _COUNT_NOUN.match(gap) if _kind(last) == "" else None
        if noun and not _COUNT_NOUN.match(rest):
            said = f"{said} {noun.group(0).strip()}"  # "to 5 pods, no wait, make it 4": "to 4 pods"
        if spoken_of and (verb := _VERB_SETTLES.search(gap)):
            # "I was going to say 10, but … — make it three": the verb is the request's.
            said = f"{verb.group(0).strip(' ,:')} {said}"
        dashed = rx(rf"{_DASH}\s*$").search(before)
        if dashed and (closed := rx(rf"\s*{_DASH}").match(rest)):
            # "ceiling of — ten? no, eight — on cpu": the aside is the value, said plainly.
            before, rest = before[: dashed.start()], rest[closed.end() :]
            said = f" {said} "
        text = f"{before}{said}{rest}"
        found = list(_VALUE.finditer(text))[: first + 1]
        i = first
    return text


def _not_runs(text: str) -> str:
    """``text`` without the value a value is said not to be ("to 4, not 5" → "to 4"), when
    the two are of one kind and the second ends its clause."""
    found = list(_VALUE.finditer(text))
    for said, other in reversed(list(itertools.pairwise(found))):
        gap = _NOT_VALUE.match(text[said.end() : other.start()])
        if (
            gap
            and gap.end() == other.start() - said.end()
            and _kind(said) == _kind(other)
            and _CLAUSE_END.match(text[other.end() :])
        ):
            text = text[: said.end()] + text[other.end() :]
    return text


_NAME = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
# "restart checkout and, hmm, orders — no, leave orders, … — just checkout": the last clause
# names the one workload the message settles on; its first clause is the request for it.
_JUST_NAME = re.compile(
    rf"(?:[,;]|{_DASH})\s*(?:so\s+|ok(?:ay)?,?\s+)?just\s+(?:the\s+)?(?P<name>{_NAME})"
    r"(?:\s+(?:then|please|pls|alone|only))?\s*[.!]?\s*$",
    re.I,
)
_FIRST_CLAUSE = re.compile(rf"^(?P<clause>.*?)(?=\s+and\b|\s*[,;]|\s*{_DASH})", re.I)
# "Could we put postgres on an HPA? … forget postgres, do it for my-api instead, 2 to 6": the
# request asked first, for another workload.
_ASKED = re.compile(
    r"^\s*(?:could|can|should|shall)\s+(?:we|you|i)\s+(?:maybe\s+|perhaps\s+|just\s+)?"
    r"(?P<request>[^?]+)\?(?P<between>.*?)"
    rf"\b(?:forget|not|skip|never\s+mind)\s+(?:about\s+)?(?:the\s+)?(?P<old>{_NAME})\s*"
    rf"(?:[,;:]|{_DASH})\s*(?:(?:just|and)\s+)?(?:do|make)\s+(?:it|that|this|the\s+same)\s+"
    rf"(?:for|on|with|to)\s+(?:the\s+)?(?P<new>{_NAME})\s+instead\b(?P<tail>.*)$",
    re.I,
)
_ORDER_STARTS = re.compile(rf"^\W*(?:please\s+|also\s+|and\s+|then\s+)*(?:{guard.VERBS})\b", re.I)


def _settled_object(text: str, names: frozenset[str]) -> str:
    """``text`` as the request for the one workload it settles on, when it ends "— just X",
    took the other named one back, and its first clause is a request naming X alone."""
    end = _JUST_NAME.search(text)
    first = _FIRST_CLAUSE.match(text)
    if not end or not first or end.group("name").lower() not in names:
        return text
    name = end.group("name").lower()
    clause = first.group("clause")
    said = {w for w in rx(_NAME).findall(clause.lower()) if w in names}
    others = {w for w in rx(_NAME).findall(text[: end.start()].lower()) if w in names} - {name}
    if said != {name} or not _ORDER_STARTS.match(clause) or not others:
        return text
    return clause


def _asked_elsewhere(text: str, names: frozenset[str]) -> str:
    """``text`` as the request asked first, for the workload it is moved to ("… forget
    postgres, do it for my-api instead"), when nothing between orders anything."""
    m = _ASKED.match(text)
    if not m:
        return text
    request, old = m.group("request"), m.group("old")
    clauses = rx(rf"[,;.:!?]|{_DASH}").split(m.group("between"))
    if (
        not {old.lower(), m.group("new").lower()} <= names
        or any(_ORDER_STARTS.match(c) for c in clauses)
        or len(rx(rf"\b{re.escape(old)}\b", re.I).findall(request)) != 1
    ):
        raise Clarify(
            f"I read {request.strip()!r} asked for {old}, then moved to {m.group('new')} "
            "('do it for … instead'), but could not tell that request apart from the rest. "
            f"Say the request for {m.group('new')} alone, in its own words."
        )
    request = rx(rf"\b{re.escape(old)}\b", re.I).sub(m.group("new"), request)
    return f"{request}{m.group('tail')}"


# "the frontend ServiceMonitor I thought we had — we don't — so please create one": a belief
# said and denied at once is how things are (the object is missing), never a negation of the
# request; the request that follows reads the missing object itself.
_BELIEF_DENIED = re.compile(
    r"\s*(?:that\s+|which\s+)?(?:i|we)\s+(?:thought|assumed|believed|figured)\s+"
    r"(?:we\s+had(?:\s+one)?|there\s+was(?:\s+one)?|it\s+had\s+one|it\s+existed)\s*"
    rf"(?:,|{_DASH})\s*(?:(?:but\s+|turns\s+out\s+|apparently\s+)?(?:we\s+don'?t|we\s+do\s+not|"
    r"there\s+isn'?t(?:\s+one)?|there\s+is\s+none|it\s+doesn'?t|nope))\s*"
    rf"(?=,|{_DASH}|;)",
    re.I,
)
# "For checkout — well, for everything eventually, but start with checkout — add …": an aside
# that widens the scope, then settles back on the workload named just before it.
_SCOPE_SETTLED = re.compile(
    rf"\b(?P<name>[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\s*{_DASH}(?P<aside>[^\u2014\u2013\d]*?)"
    r"\b(?:but\s+|so\s+|for\s+now\s+)?(?:start|begin)\s+with\s+(?:just\s+)?(?:the\s+)?"
    rf"(?P<again>[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\s+(?:first|for\s+now))?\s*(?:{_DASH}|[.!]?\s*$)",
    re.I,
)
_Q = r"\d+(?:\.\d+)?[a-z]{0,3}"
# "bump the cpu request by 50m (it's at 100m, so 150m)": a step, the value now and the sum.
_STEP_SUMMED = re.compile(
    rf"\bby\s+(?P<step>{_Q})\s*\(\s*(?:it'?s|it\s+is|currently|now)\s+(?:at\s+|on\s+)?"
    rf"(?P<now>{_Q})\s*,?\s*so\s+(?:that'?s\s+|that\s+makes\s+)?(?P<sum>{_Q})\s*\)",
    re.I,
)
_UP = re.compile(r"\b(?:bump|raise|increase|add|grow|up|more|higher)\b", re.I)
_DOWN = re.compile(r"\b(?:lower|reduce|decrease|cut|drop|trim|shrink|down|less|fewer)\b", re.I)


def _amount(said: str) -> tuple[float, str]:
    number = rx(r"\d+(?:\.\d+)?").match(said)
    assert number is not None  # every caller's pattern starts with digits
    return float(number.group(0)), said[number.end() :].lower()


def _steps_summed(text: str) -> str:
    """``text`` with a step whose sum is said beside it ("by 50m (it's at 100m, so 150m)") as
    the sum ("to 150m"), when the sum is the value now moved by the step in the direction the
    verb before it says; otherwise as said (and asked about by the readers after)."""
    for m in reversed(list(_STEP_SUMMED.finditer(text))):
        (step, unit), (now, now_unit), (total, total_unit) = (
            _amount(m.group(g)) for g in ("step", "now", "sum")
        )
        verb = text[: m.start()]
        up, down = _UP.search(verb), _DOWN.search(verb)
        if not unit == now_unit == total_unit or bool(up) == bool(down):
            continue
        if total == (now + step if up else now - step):
            text = f"{text[: m.start()]}to {m.group('sum')}{text[m.end() :]}"
    return text


# "… payments:3.1.0 — well, 3.0.1 was the hotfix, but QA signed off 3.1.0, so 3.1.0": the
# message ends on "so X", X being the value its request already says.
_SO_AT_END = re.compile(r"[,;]?\s*\bso\s+(?P<value>\S+?)\s*[.!]?\s*$", re.I)


# Round 40 (gap43a, blind43): a step of pods and the count it makes ("one more pod, so two",
# "2 fewer replicas, so 3 in total"): said as the count before and after ("from 1 to 2"), which
# the scale reader checks against the cluster (planned when it runs that many, else asked).
_POD_STEP_SUMMED = re.compile(
    rf"\b(?P<step>\d+|{t.COUNT_WORDS})\s+(?P<way>more|extra|additional|fewer|less)\s+"
    r"(?:pods?|replicas?|instances?)\s*(?:,\s*|\s+)(?:so\s+(?:that'?s\s+|that\s+makes\s+)?|"
    r"making\s+(?:it\s+)?|for\s+a\s+total\s+of\s+|that'?s\s+)"
    rf"(?P<sum>\d+|{t.COUNT_WORDS})(?:\s+(?:pods?|replicas?|instances?))?"
    r"(?:\s+(?:in\s+total|total|altogether))?(?=\s*(?:[,.;!]|$))",
    re.I,
)


def _pod_steps_summed(text: str) -> str:
    """``text`` with a step of pods and its sum ("one more pod, so two") as the count before
    and after ("from 1 to 2 replicas"); unchanged when the sum is not reachable by the step."""
    for m in reversed(list(_POD_STEP_SUMMED.finditer(text))):
        step, total = t.number(m.group("step").lower()), t.number(m.group("sum").lower())
        if step is None or total is None:
            continue
        before = (
            total - step
            if m.group("way").lower() in ("more", "extra", "additional")
            else (total + step)
        )
        if before < 0 or step == 0:
            continue
        text = f"{text[: m.start()]}from {before} to {total} replicas{text[m.end() :]}"
    return text


def _confirmed(text: str, names: frozenset[str]) -> str:
    """``text`` up to its request, when the rest deliberates and ends on "so X" with X the
    request's own value: the values weighed on the way (of X's kind) are no part of it. The
    rest must order nothing and name no workload."""
    end = _SO_AT_END.search(text)
    if not end or not (settled := _VALUE.fullmatch(end.group("value"))):
        return text
    value = settled.group(0)
    # The request's value is the first of its kind said, and it is the settled one.
    kind = _kind(settled)
    first = next((m for m in _VALUE.finditer(text, 0, end.start()) if _kind(m) == kind), None)
    if first is None:
        return text
    if not _same(first.group(0), value) and _VALUE.fullmatch(first.group(0)):
        # "update checkout to 1.1.0 — 1.0.9 had the leak, so 1.0.9": which one is meant?
        raise Clarify(
            f"I read {first.group(0)!r} in the request, but the message ends on 'so {value}'. "
            "Which should it be? Say the request once, with that value."
        )
    rest = text[first.end() : end.start()]
    clauses = rx(rf"[,;.:!?]|{_DASH}|\bbut\b").split(rest)
    if (
        any(_ORDER_STARTS.match(c) for c in clauses)
        or any(w in names for w in rx(_NAME).findall(rest.lower()))
        or any(_kind(m) != _kind(settled) for m in _VALUE.finditer(rest))
    ):
        return text
    return text[: first.end()]


def _same(said: str, value: str) -> bool:
    """Whether ``said`` is ``value`` (an image reference is its tag's version)."""
    return said == value or said.rsplit(":", 1)[-1].lstrip("v") == value.lstrip("v")


def read(text: str, names: Callable[[], frozenset[str]] | None = None) -> str:
    """``text`` with its settled second thoughts read as settled (see the module docstring);
    unchanged when it holds none. ``names`` gives the namespace's workloads (read only when a
    message may settle on one)."""
    text = _pod_steps_summed(text)
    if names is not None and (
        _JUST_NAME.search(text) or _ASKED.match(text) or _SO_AT_END.search(text)
    ):
        known = names()
        text = _confirmed(_asked_elsewhere(_settled_object(text, known), known), known)
    if (m := _WITHDRAWN_ASK.match(text)) and not _PRONOUN.search(text[m.end() :]):
        # "… — just scale it to 6": what "it" was is in the part taken back; left as said.
        text = text[m.end() :]
    if start := _FALSE_START.search(text):
        if _DOING.search(text[: start.start()]):
            # "restart frontend — actually — scale it to 3": the second thought changes a
            # request already said, and does not say it is the only one now.
            raise Clarify(
                f"I read {start.group(0).strip()!r} after a request: it may replace the request "
                "before it, or add to it. Say the request once, as it should be."
            )
        # Only a frame said before it ("I think we should"): a false start.
        text = f"{text[: start.start()]} {text[start.end() :]}"
    text = _BELIEF_DENIED.sub("", text)
    text = _SCOPE_SETTLED.sub(
        lambda m: m.group(0) if m["name"].lower() != m["again"].lower() else f"{m['name']} ", text
    )
    if "restart" in text.lower() and (m := _RESTART_MEANT.match(text)):
        # Round 35 (gap38d): "Kill the pods of payments, I mean a rolling restart": the loose
        # verb glossed by the change it means — that change, of what the verb governs.
        text = f"{m['pre']}restart {m['obj'].strip()}{m['rest']}"
    return _word_corrected(_not_runs(_settle_runs(_steps_summed(text))), names)


# A verb that may mean new pods ("kill the pods", "bounce it", "delete the pods"), then a gloss
# that says it is a restart and nothing more: "…, I mean a rolling restart", "… (rolling
# restart)", "…, i.e. a graceful restart". Only the first clause; a restart of its own object
# ("…, then restart worker") is no gloss.
_RESTART_MEANT = re.compile(
    r"^(?P<pre>\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?)"
    r"(?:kill|delete|remove|nuke|terminate|evict|bounce|recycle|cycle|kick|recreate|replace)\s+"
    r"(?P<obj>[^,;:.()\u2014\u2013]+?)\s*(?:[,;:\u2014\u2013]\s*(?:i\s+mean|i\s+meant|i\.e\.?|ie|"
    r"that\s+is|meaning|in\s+other\s+words)[\s,:]+|\(\s*(?:i\s+mean|i\.e\.?|ie|meaning)?[\s,:]*)"
    r"(?:an?\s+)?(?:(?:rolling|rollout|graceful)\s+)?restart\s*\)?"
    r"(?P<rest>(?:[,.;!]|\s-\s|$).*)$",
    re.I | re.S,
)


# Round 15 (helper values): "frontend firmware, I mean image, to 2.1.1", "bump the orders ram,
# sorry, memory limit to 1Gi": a word, then "I mean" / "or rather" / "sorry" and a word for a
# part the planner changes, set off as an aside — that word in the first one's place. A value
# corrected ("1.5.0, I mean 1.5.1") or a workload corrected is left as said (hazards asks).
_PART_WORDS = (
    r"image|version|tag|replicas?|pods?|instances?|memory|cpu|limits?|requests?|env|config|"
    r"configmap|secret|probe|readiness|liveness|service|deployment|statefulset|hpa|pdb|"
    r"autoscaler|budget|container|sidecar"
)
_WORD_CORRECTED = re.compile(
    r"(?<![\w\-])(?P<word>[a-z][a-z]+)\s*[,(\u2014\u2013-]\s*(?:i\s+mean|i\s+meant|or\s+rather|"
    rf"sorry|err|erm)[\s,:]+(?P<part>{_PART_WORDS})\s*[,)\u2014\u2013-]",
    re.I,
)


def _word_corrected(text: str, names: Callable[[], frozenset[str]] | None) -> str:
    """``text`` with a word corrected by a part's word read as that part (see above)."""
    m = _WORD_CORRECTED.search(text)
    if m is None or rx(_PART_WORDS, re.I).fullmatch(m["word"]):
        return text
    if names is not None and m["word"].lower() in names():
        return text
    return f"{text[: m.start()]}{m['part']}{text[m.end() - 1 :].lstrip(',)')}"
