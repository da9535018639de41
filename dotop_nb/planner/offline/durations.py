"""How long a one-off change holds, said beside it: its end, never its start (round 10).

Rule: a time said with "until", "till", "through" after a change ("scale worker to 0 till
monday", "revert checkout to 1.0.0 until the fix lands", "worker off through friday") is when
the change ENDS. The change is made now (when a person approves it); it is never waited on —
waiting for its end would invert it (worker would run all weekend and stop on monday). The way
back at that end is not planned, and the plan says so. Said after a wait, a hold or a negation
("wait until monday, then restart worker", "don't restart it until …") "until" says when to
START, and is left to :mod:`.waits` and the guard; so is an end said with a start of its own
("at 6pm until 8am", "from 08:00 until 20:00": a window), and a day range ("monday through
friday", "mon-fri"), which says a change that recurs (:data:`RECURS`, asked by the guard).

Examples::

    said("scale worker to 0 till monday")           # ['till monday']
    said("wait until monday, then restart worker")  # []  (a start: waits)
    RECURS.search("scale worker to 0 mon-fri")      # matches 'mon-fri'
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.numbers import NUMBER_WORDS
from dotop_nb.planner.offline.rx import rx

_DAY = r"(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?"
# A change said to recur on a range of days or hours: "mon-fri", "monday to friday",
# "weekdays", "on weeknights", "business days", "9-5", "nights". A one-off change said with
# one is asked (guard); a schedule that IS the value (a backup's) is read by its own rule.
RECURS = re.compile(
    rf"\b{_DAY}\s*(?:-|\u2013|\u2014|/|to|thru|through|till|until)\s*{_DAY}\b|"
    r"\b(?:week\s*days|weeknights?|work\s*days|working\s+days|business\s+days|school\s+nights?)\b|"
    r"(?<![\w.:])9\s*(?:-|\u2013|to)\s*5\b|"
    # "payments to 1 nights", "on evenings" — never "last nights deploy", "two nights ago".
    r"\b(?:on|at|during|in\s+the)\s+(?:nights|evenings|mornings)\b|"
    r"(?<!last\s)(?<!past\s)(?<!few\s)(?<!the\s)(?<!those\s)(?<!these\s)(?<!some\s)"
    r"(?<!two\s)(?<!both\s)\b(?:nights|evenings|mornings)\b(?=\s*(?:$|[,.;!?]))"
)
# Round 16: a frequency word that qualifies a count of something told, never how often a change
# runs: "~40 daily users", "2M daily requests", "a few hundred nightly orders", "our monthly
# active users" — a rate or a habit said as context (the word is an adjective of the noun). A
# frequency said of the change ("restart it daily", "daily restarts of worker") is kept.
_SPOKEN_COUNT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_TOLD_RATE = re.compile(
    r"(?:(?:(?<![\w.])[~\u2248]?\d[\d,.]*(?:k|m|bn|mil)?\+?|\b(?:"
    + _SPOKEN_COUNT
    + r")|\b(?:few|many|some|several|dozens\s+of|hundreds\s+of|thousands\s+of|millions\s+of))"
    r"\s+|\b(?:our|its|their|the|(?:the\s+)?[a-z]+'s)\s+)"
    r"(?P<rate>daily|nightly|hourly|weekly|monthly|yearly|annual)\s+(?:active\s+|unique\s+|"
    r"paying\s+|concurrent\s+)?(?:users?|visitors?|customers?|players?|people|sessions?|"
    r"requests?|orders?|transactions?|logins?|signups?|sign-ups?|calls?|messages?|events?|"
    r"page\s*views?|views?|hits?|uploads?|downloads?|clicks?|impressions?|bids?|"
    # "as part of the client's monthly maintenance (Sunday 02:00)": the occasion recurs, the
    # change is made once, in the one said.
    r"maintenance|patch(?:ing)?|patch\s+day|change\s+window|window|release|review|downtime)\b",
    re.I,
)


def rates_blanked(text: str) -> str:
    """``text`` with the frequency word of each count told blanked (same length; see
    :data:`_TOLD_RATE`): "~40 daily users" asks for no recurrence."""
    return _TOLD_RATE.sub(
        lambda m: (
            m.group(0)[: m.start("rate") - m.start()]
            + " " * len(m.group("rate"))
            + m.group(0)[m.end("rate") - m.start() :]
        ),
        text,
    )


# The words that say an end: "until", "till", "'til", "through" ("thru"), "up until".
_END_WORD = r"(?:(?:up\s+)?(?:until|till|'til|til)|through|thru)"
# Round 19 (times): "through" is an end only before a time or an event said with its determiner
# ("through friday", "thru the weekend", "through end of month", "through the freeze"); before
# anything else it says the way ("my notebooks go through my-api", "route it through the
# proxy"), never how long a change holds.
_THROUGH_TIME = (
    rf"(?=\s*(?:the|this|next|tonight|tomorrow|today|end|eod|cob|eow|eom|weekend|{_DAY}|\d)\b)"
)
_END = re.compile(
    r"(?<![\w\-./:=@'])(?:from\s+now\s+|for\s+now\s+)?"
    rf"(?:(?:up\s+)?(?:until|till|'til|til)|(?:through|thru){_THROUGH_TIME})\s+(?=\S)"
)
# A verb of going the way, before "through": "go through", "is routed through", "passes thru".
_VIA = re.compile(
    r"\b(?:go|goes|going|went|gone|pass(?:es|ed|ing)?|rout(?:e|es|ed|ing)|come|comes|came|"
    r"flows?|flowing|travel\w*|proxie[sd]|proxy|sen[dt]|sends|connects?|connected|tunnel\w*|"
    r"look(?:ed|ing)?|read(?:s|ing)?|walk\w*|talks?|calls?|hits?|reach(?:es)?)\s+$"
)
# Where a clause ends: punctuation, "and then", "then", or the end of the request.
_CLAUSE_END = re.compile(r"\s*(?:[,;:!?()\[\]\u2014]|\.(?:\s|$)|\s-\s|\bthen\b|\band\s+then\b)|$")
_CLAUSE_START = re.compile(r"[,;:!?()\[\]\u2014]|\.\s|\s-\s|\bthen\b|\band\b")
# Before the end word, in its clause: a wait, a hold or a negation makes it a start ("wait
# until", "hold off till", "don't … until", "not until"); a start of its own makes a window
# ("at 6pm until 8am", "from 8 until 20", "tonight until …", "after the release until …").
_CLOCK_SAID = r"\d{1,2}(?::\d{2})?\s*(?:am|pm|h|uhr)\b|\d{1,2}:\d{2}"
_STARTS = re.compile(
    r"\b(?:wait(?:ing)?|hold(?:ing)?\s+off|pause|delay|postpone|defer|not|no|never|nothing|"
    r"don'?t|do\s+not|won'?t|can'?t|shouldn'?t|mustn'?t|before|from|between|tonight|tomorrow|"
    r"after|once|when|if|unless|starting|beginning|later|at\s+(?:noon|midnight|night)|"
    rf"on\s+(?:the\s+)?(?:{_DAY}|weekend)|this\s+(?:evening|morning|afternoon|night|"
    r"weekend|week)|next\s+\w+|in\s+an?\s+(?:hour|minute|bit|while|few))\b|n't\b|"
    rf"(?:\b(?:at|around|about|by|after)|@)\s*(?:{_CLOCK_SAID})|\bin\s+\d|\b{_DAY}\s*$"
)
# "until it recovers", "till cpu drops": a state of the workload, which may ask for automation
# (waits asks about it), never a time.
_MEASURED = re.compile(
    r"(?:it|it'?s|they|they'?re|the\s+)?\s*(?:it|they|cpu|memory|mem|load|traffic|latency|"
    r"errors?|error\s+rate|queue|lag|usage|pods?|replicas?|backlog)\b"
)
# "until they fix the rounding", "till they ship 1.2.1": what people do, an event — no state of
# the workload (they = the people who fix it).
_PEOPLE_ACT = re.compile(
    r"(?:they|we|the\s+devs?|devs|the\s+[\w-]+\s+team)\s+(?:(?:can|have|finally|actually)\s+)?"
    r"(?:fix|fixes|fixed|ship|ships|release|releases|patch|patches|sort|figure|resolve|resolves|"
    r"merge|merges|land|lands|push|pushes|deploy|deploys|roll\s+out|cut|tag|approve|sign|"
    r"finish|finishes|find|debug|repair|hotfix)\b"
)
# The changes that hold a state until an end ("restart worker till monday" holds nothing).
HOLDING = frozenset(
    {"scale", "update", "rollback", "config", "env", "resources", "sizing", "probes"}
    | {"pull-policy", "strategy"}
)
# Words that may open a request and say nothing of it ("please", "ok so").
_LEAD_IN = re.compile(r"^[\W_]*(?:(?:ok(?:ay)?|so|please|pls|kindly|hey|fyi)\b[\W_]*)*$")
# "until 8am", "till the 15th", "through 2 weeks": a number in the end is a time or a count
# the accounting must see used; only a clock time or no number at all is read here.
_NUMBER = re.compile(r"\d")
_CLOCK = re.compile(r"^\d{1,2}(?::\d{2})?\s*(?:am|pm)$|^\d{1,2}:\d{2}$")


# "for the weekend", "for the night", "for the time being": how long too, said without its end
# (no time to wait for: the guard never asked about them); the plan says the way back is not
# planned.
_FOR = re.compile(
    r"\bfor\s+(?:the\s+)?(?:weekend|night|holidays?|time\s+being|rest\s+of\s+the\s+(?:day|"
    r"week|night|weekend))\b"
    # ending its clause: "for the night shift" names a shift, no duration
    r"(?=\s*(?:$|[,.;!?)\u2014]|\b(?:and|then|so|since|because|as|while|please|pls)\b))"
)


# "until further notice", "until told otherwise", "indefinitely", "going forward", "from now
# on", "for the foreseeable future", "for good": a change said to hold with no end. Said after
# a value it ends the value (never more of it); there is no end to wait for or to plan back.
NO_END = re.compile(
    r"(?:until|till|til)\s+(?:further\s+notice|(?:we|i|you|they|the\s+client)\s+(?:say|tell\s+"
    r"(?:you|us))\s+otherwise|told\s+otherwise|(?:we|i)\s+(?:revert|change)\s+it)|indefinitely|"
    r"going\s+forward|from\s+now\s+on|for\s+the\s+foreseeable\s+future|for\s+good|"
    r"permanently|from\s+here\s+on(?:\s+out)?"
    r"(?=\s*(?:$|[,.;!?)\u2014]|\b(?:and|then|so|since|because|as|while|please|pls)\b))",
    re.I,
)


_SURVIVED = re.compile(
    r"\b(?:outages?|failures?|fail\w*|crash\w*|loss|down|drains?|disruptions?|maintenance)\b"
)


def said(text: str) -> list[str]:
    """The ends said in ``text`` (lower-cased), as said: "till monday", "until the fix lands",
    "for the weekend"."""
    lowered = _TIMED.sub(lambda m: " " * len(m.group(0)), text.lower())
    return [lowered[a:b] for a, b in _spans(lowered)] + _FOR.findall(lowered)


# "we time how long until everything is Ready again", "to see how long it takes till the pods
# are back": what the person will measure after the change, neither its end nor a wait.
_TIMED = re.compile(
    r"\b(?:time|measure|see|watch|check|clock|record|note)\s+how\s+long\s+(?:it\s+takes\s+)?"
    rf"(?:{_END_WORD}|before|for)\s+[^,;:!?()\[\]\u2014]*"
)


def blanked(category: str, text: str) -> str:
    """``text`` with each end said blanked (same length), for the guard: no time to wait for.
    Asks when the change holds nothing that could end ("restart worker till monday")."""
    text = _TIMED.sub(lambda m: " " * len(m.group(0)), text)
    for a, b in _spans(text):
        if category in ("ha", "pdb", "placement") and _SURVIVED.search(text[a:b]):
            continue  # "stay up through a zone outage": what it must survive, not an end
        if category not in HOLDING:
            raise Clarify(
                f"I read {text[a:b].strip()!r} as how long the change should hold, but a "
                f"{category} holds nothing until then. Should it run now, or then? Say the "
                "change alone, and approve it when it should run."
            )
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _END.finditer(text):
        starts = [c.end() for c in _CLAUSE_START.finditer(text, 0, m.start())]
        clause = text[starts[-1] if starts else 0 : m.start()]
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        what = text[m.end() : stop].strip()
        if _VIA.search(text[: m.start()]):
            continue  # "traffic goes through the ingress": the way, not an end
        leading = bool(_LEAD_IN.match(text[: m.start()]))
        if leading and not (end and text[stop : stop + 1] == "," and text[stop + 1 :].strip()):
            continue  # "until the release restart worker": where the end stops is not said
        if not (leading or rx(r"[a-z]{2}").search(clause)) or _STARTS.search(clause) or not what:
            continue  # nothing changed before it, or a start / a window: not an end
        if _NUMBER.search(what) and not _CLOCK.match(what):
            continue  # "till the 15th": a number the guard asks about
        if _MEASURED.match(what) and not _PEOPLE_ACT.match(what):
            continue  # "until it recovers": a state, asked (waits)
        spans.append((m.start(), stop))
    return spans


def analysis(ends: list[str]) -> str:
    """What the plan says of the end said beside it."""
    said = "; ".join(repr(e.strip()) for e in ends)
    return (
        f"Read {said} as how long this holds: it is made when you approve it, not then; going "
        "back at that time is not planned — ask for it when it is due."
    )
