"""Time words more than one reader reads, said once: the names of the days, a clock time said
with "at", and a time said too vaguely to wait for.

Only the words: what a time said means for a plan (waited on, asked, a schedule's value) is the
rule of each reader — :mod:`.clock` (when a change runs), :mod:`.misreads` (a time the plan
cannot await as meant), :mod:`.doubts` (a time too vague to wait for), :mod:`.guard`,
:mod:`.occasions`, :mod:`.beforehand` and :mod:`.rows`.

>>> bool(re.fullmatch(DAY_NAME, "wednesday", re.I)), bool(re.fullmatch(DAY_SHORT, "thurs"))
(True, True)
>>> AT_CLOCK.search("restart orders at 22:00").group(0)
'at 22:00'
>>> VAGUE_TIME.search("scale worker to 3 at knock-off").group(0)
'at knock-off'
>>> bool(re.match(WHEN_NEXT, "then", re.I)), bool(re.match(WHEN_NEXT, "after the standup"))
(True, True)
"""

from __future__ import annotations

import re

# A day by its whole name: "monday" … "sunday".
DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# A day by its short name: "mon", "tue", "tues", "wed", "thu", "thur", "thurs" … "sun".
DAY_SHORT = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
# A day by either name, ending a word: "sat", "saturday".
WEEKDAY = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b"
)
# A clock time said with "at": "at 22:00", "at 10pm", "at 10:30 pm", "at 7h".
AT_CLOCK = re.compile(
    r"\bat\s+(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s*(?:am|pm))?|\s*(?:am|pm)|h)\b",
    re.I,
)
# A time said so vaguely that nothing can wait for it ("some day", "at knock-off", "l8r").
VAGUE_TIME = re.compile(
    r"\b(?:next\s+time|one\s+day|some\s*day|l8r|laters|in\s+the\s+arvo|this\s+arvo|arvo|"
    r"(?:at|by)\s+(?:close\s+of\s+play|knock[\s-]?off|cob|eod|end\s+of\s+(?:the\s+)?day))\b",
    re.I,
)
# Round 15 (a16): what follows "once" or "as soon as" when it says how often or "now", not a
# moment to wait for: "once more", "once again", "…, once" (one time), "as soon as possible",
# "as soon as you can". Read by :mod:`.waits` and :mod:`.guard` alike.
# (Round 40, gap43a: "a pg_dump once now, before the migration" — one time, now; never "once
# now that it is done".)
NOT_AFTER_ONCE = (
    r"(?!\s+(?:more|again)\b)(?!\s*(?:[,.;:!]|$))"
    r"(?!\s+(?:right\s+)?now\b(?!\s+that\b))"
)
NOT_AFTER_SOON_AS = (
    r"(?!\s+(?:possible|practical|practicable|feasible|you\s+can|we\s+can|you\s+are\s+able)\b)"
)
# Round 15 (a16): the words that say something HAPPENED (a report), before the time it happened
# at: "the alert fired at 03:00", "pods crashlooping after the release", "deployed at 14:00".
# Read by :mod:`.noorder` (such a time is no wait of the plan) and :mod:`.misreads`.
PAST_EVENT = (
    r"(?:fired|crashed|started|began|failed|broke|died|went\s+(?:off|down|out)|was|were|happened|"
    r"occurred|deployed|built|restarted|backed\s+up|spiked|peaked|paged|alerted|triggered|"
    r"stopped|hung|oom-?killed|shipped|dropped|rose|jumped|errored|timed\s+out|crash-?looped|"
    r"(?:has|have|had)\s+been|crash-?looping|crashing|failing|erroring|flapping|timing\s+out|"
    r"hanging|stuck|degraded)"
)
# --- Round 15: the grammar of a wait, one for every reader that asks about times -------------
# A wait is a CONNECTIVE and what it waits for: a TIME ("at 08:00 tomorrow", "on 2026-12-15",
# "in tonight's 23:00 window") or an EVENT, said as a noun phrase, with what makes it hold
# (DONE: "after the 02:00 patch drop goes live", "once CHG-20570 is approved", "after the
# end-of-day settlement batch completes"), perhaps with its time set beside it ("on the
# decommission date, 2026-12-15"). A number inside a wait is the wait's own when it is a clock
# time, a date or a ticket's id (NAMED): the event's name, never a quantity of the plan.
# (:mod:`.clock`, :mod:`.waits`, :mod:`.rows` and :mod:`.accounting` read CLOCK and DATE here.)
# Round 16 (clock): the zone or offset said after a clock time is part of it, kept in the wait as
# said ("02:00Z", "02:00 +0800", "02:00 UTC+8", "9am my time"): a time without it is hours off.
# ("10:00-11:00" is a window: a "-" offset is read only as "-0500", spaced.)
ZONE = (
    r"(?:\s*(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::?\d{2})?(?!\d)|\s*\+\d{2}:?\d{2}(?!\d)|\s+-\d{4}(?!\d)|"
    r"\s+(?:utc|cet|cest|gmt|bst|local(?:\s+time)?|(?:my|your|our|server|cluster)\s+time)\b)"
)
# Round 19 (times): a clock time said the military way, four digits with what says it is one —
# Zulu ("0400Z", "2300 zulu"), hours ("1430h", "0600 hrs", "1430 hours") or a zone ("1430 UTC",
# "0200 CET", "0900 local"): a clock time like "04:00Z", never a number of the plan. Four bare
# digits ("at 1430", "port 1430", "at 1000 rps") stay numbers: asked, never waited on.
MILITARY = (
    r"(?:[01]\d|2[0-3])[0-5]\d(?:z(?![a-z0-9])|\s*(?:zulu|hrs|hours|h|lt)\b|"
    r"(?=\s*(?:utc|gmt|cet|cest|bst|local)\b))"
)
# Round 24 (gap B): an hour said with o'clock in digits ("at 22 o'clock tonight", "at 3 o'clock
# tomorrow morning") is a clock time too, kept in the wait as said; in words ("three o'clock")
# it stays a schedule's hour or a question (:mod:`.overreads`).
O_CLOCK = r"(?:[01]?\d|2[0-4])\s*o['\u2019]?\s*clock(?![\w-])"
# An ISO clock time ("T02:00Z", "02:00:00Z"): UTC, the "Z" part of the time, never a word.
CLOCK = (
    r"(?:t?\d{1,2}:\d{2}(?:(?::\d{2})?z(?![a-z0-9])|\s*(?:am|pm))?|\d{1,2}\s*(?:am|pm)|"
    rf"{O_CLOCK}|{MILITARY}|midnight|noon|midday){ZONE}?"
)
# A clock time said with a dot ("at 14.00", "at 2.30"): a time only after "at"/"@", never a
# quantity ("0.5") or a version ("2.2.0", "2.30.1").
DOTTED_CLOCK = (
    r"(?:[01]\d|2[0-3]|[1-9])\.[0-5]\d(?:\s*(?:am|pm|h|hrs))?(?![\w%]|\.\d)"
    r"(?!\s*(?:%|percent|pct|x|times|replicas?|pods?|cores?|cpus?|[kmg]i?b?|ms|s|secs?|seconds?|"
    r"mins?|minutes?|hours?|days?|version|release)\b)"
    rf"(?:{ZONE})?"
)
MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    r"june|july|august|september|october|november|december)\b"
)
# Round 16: what kind of window a window is, one list for :mod:`.waits` and :mod:`.clock`: "the
# 18:00 change window", "tonight's 01:00 downtime window", "the Saturday 06:00 upgrade window".
WINDOW_KIND = (
    r"(?:maintenance|change|quiet|low[-\s]traffic|deploy(?:ment)?|release|patch(?:ing)?|downtime|"
    r"upgrade|service|ops|planned)"
)
# A calendar day with digits: "2026-12-08", "tue 8 dec", "dec 8th", an iCal stamp; round 31
# (gap34b): a day of this month said by its ordinal, "the 19th", "the 1st of the month".
DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{8}}t\d{{6}}z?|(?:{WEEKDAY}\s+)?\d{{1,2}}\s+{MONTH}"
    rf"(?:\s+\d{{4}})?|(?:{WEEKDAY}\s+)?{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"the\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?:\s+of\s+(?:the\s+month|{MONTH}))?(?![\w-]))"
)
# A day people name, whose weekday word is no weekday ("Black Friday" is no Friday, "Patch
# Tuesday" no Tuesday): its date depends on a year, a calendar or a country — never waited on.
NAMED_DAY = (
    r"(?:black\s+friday|cyber\s+monday|good\s+friday|patch\s+tuesday|easter(?:\s+(?:sunday|monday))?|"
    r"christmas(?:\s+(?:eve|day))?|xmas(?:\s+(?:eve|day))?|thanksgiving|"
    r"new\s+year'?s?(?:\s+(?:eve|day))?|nye|nyd|boxing\s+day|labou?r\s+day|memorial\s+day|"
    r"independence\s+day|halloween|prime\s+day|singles'?\s+day|valentine'?s\s+day|"
    r"super\s+bowl(?:\s+sunday)?|election\s+day)(?![\w-])"
)
# Round 19 (times): a time word that names a thing, said before its noun ("the EOD batch", "our
# COB report", "an end-of-day reconciliation job", "EOD settlement"): the name of a job, never
# when the change runs — "worker runs the EOD batch; give it 2 more pods" is now. Only before a
# noun of work or its output; "at EOD", "by COB", "EOD today", "the EOD window" stay times.
TIME_AS_NAME = re.compile(
    r"(?<![\w-])(?:eod|cob|eow|eom|end[\s-]of[\s-](?:the[\s-])?(?:day|week|month))[\s-]+"
    r"(?:batch(?:es)?|jobs?|runs?|reports?|reconciliation|recon|process(?:ing)?|settlements?|"
    r"exports?|imports?|sync|etl|loads?|snapshots?|roll-?ups?|summar(?:y|ies)|cron|tasks?|feeds?|"
    r"files?|positions|p&l|pnl|marks?|statements?|pipeline|workers?|queue)(?![\w-])",
    re.I,
)


_WORD_BREAK = re.compile(r"[\s-]")


def time_names_blanked(text: str) -> str:
    """``text`` with each time word that names a thing (TIME_AS_NAME) blanked, its noun kept
    (same length): for a reader asking about times said too vaguely to wait for."""
    return TIME_AS_NAME.sub(_keep_noun, text)


def _keep_noun(m: re.Match[str]) -> str:
    """The time words of a TIME_AS_NAME match blanked, its noun (the last word) kept."""
    said = m.group(0)
    noun = _WORD_BREAK.split(said)[-1]
    return " " * (len(said) - len(noun)) + noun


# --- Round 18 (times): where a time sits in the request decides what it is -----------------
# One reading for every reader: a time CLOSING the order is its when (waited on, or asked when
# it cannot be waited on exactly); a time inside a reason or a statement beside the order
# ("because we saw spikes at midnight", "— last time at 02:00 it fell over", "(the 02:00 batch
# needs it)") is context, never a wait (:func:`.asides.context_times_blanked`); a time after
# "by", "before", "no later than" is a deadline, met by doing it now; one after "for", "until"
# is how long the change holds (:mod:`.durations`).
#
# An occasion closing the order as its when: the change is tied to an event no clock names — "with
# the release", "in tandem with the launch", "as part of the release", "together with the
# cutover", "during the freeze", "on go-live", "at launch", "at release time", "on release day".
# It cannot be waited on exactly: :mod:`.clock` asks (never runs it now). A purpose ("for the
# release") or a deadline ("before go-live") is no occasion: doing it now serves or meets it.
OCCASION_EVENT = (
    r"(?:release|launch|go-?live|cut-?over|switch-?over|migration|(?:code\s+|change\s+)?freeze|"
    r"ship\s+date|release\s+train|big\s+bang|(?:shift\s+)?(?:hand-?over|change-?over)|"
    r"shift\s+change|stand-?up)"
)
# The words that tie a change to an occasion; "with" alone never ties it to a deploy ("update
# orders with the deploy" may name what to deploy), nor to "the latest release" (a version).
_TIED = (
    r"(?:(?:together|along|in\s+tandem|in\s+step|in\s+sync|coupled|bundled)\s+with|"
    r"as\s+(?:a\s+)?part\s+of|alongside|with)"
)
_OCCASION_WHOSE = (
    r"(?:(?:the|our|this|next|tomorrow'?s|tonight'?s|today'?s|friday'?s|[a-z][\w-]*'s)\s+)?"
    r"(?!(?:latest|newest|new|current|last|previous|prior|stable)\b)(?:[\w.-]+\s+)?"
)
OCCASION = (
    rf"(?<![\w-])(?:{_TIED}\s+{_OCCASION_WHOSE}(?:{OCCASION_EVENT}|deploy(?:ment)?|roll-?out)|"
    rf"(?:at|on|upon|during|over)\s+(?:the\s+)?(?:{OCCASION_EVENT})"
    r"(?:\s+(?:day|time|night|date|window|weekend|week))?|"
    r"(?:at|on|upon)\s+(?:the\s+)?(?:deploy(?:ment)?|roll-?out|ship)\s+(?:day|time|date|night)|"
    r"(?:during|over)\s+the\s+(?:holidays?|holiday\s+season|peak\s+season))"
    # closing the order's clause, with no time of its own set beside it ("on the cutover day,
    # 2026-12-20" is waited on by its date)
    r"(?=\s*(?:[,;:!?)\u2014\u2013]|\.(?:\s|$)|\s-\s|$))"
    rf"(?!\s*,\s*(?:on\s+|at\s+)?(?:the\s+)?(?:{DATE}|{CLOCK}))"
)
# Round 17 (a18): a moment said with no clock time or date the plan can wait on: the light of
# the day ("at sunrise", "dusk"), "first thing" (:mod:`.clock` keeps "first thing: …", a list's
# first step), the hour's turn ("on the hour", "at the top of the hour"), a clock face
# (\U0001f550-\U0001f567, "\U0001f55a" is 11 o'clock), a day or an hour counted from an unnamed
# start ("D+1", "H+2"), a day and month said with dots ("15.12.").
# :mod:`.clock` asks about each the plan does not wait on (never acts on it now).
UNPLACED_TIME = (
    r"(?:(?<![\w-])(?:sunrise|sunset|dawn|dusk|daybreak|first\s+light|nightfall)(?![\w-])|"
    r"(?<![\w-])(?<!the\s)first\s+thing(?:\s+(?:tomorrow|in\s+the\s+morning|monday))?"
    r"(?!\s+(?:to|that|we|i|you|is|was)\b)(?![\w-])|"
    r"(?<![\w-])(?:(?:at\s+)?(?:the\s+)?top\s+of\s+the\s+hour|on\s+the\s+(?:half\s+)?hour)(?![\w-])|"
    r"[\U0001f550-\U0001f567]|"
    r"(?<![\w+-])[dh]\s?\+\s?\d{1,3}(?![\w.])|"
    r"(?<![\w.:/@=-])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:(?:19|20)?\d{2})?(?![\w.])|"
    # (attack 19: "Sat night", "at lunchtime", "over Xmas", "post-BFCM", "at cutover", "as of
    # Friday", "in the future", "at the start of the window", "alongside the release"; a
    # deadline, "before go-live", "until cutover", is met by doing it now)
    r"(?<![\w-])(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\s+(?:night|morning|evening|"
    r"afternoon)|lunch-?time|(?:at|over|during|post-?|after)\s*(?:the\s+)?"
    r"(?:xmas|christmas|new\s+year'?s?|black\s+friday|cyber\s+monday|bfcm|thanksgiving|easter|"
    r"cut-?over|h-?hour|d-?day|go-?live)|as\s+of\s+(?:tomorrow|next\s+\w+|"
    rf"{WEEKDAY})|in\s+the\s+future|at\s+the\s+(?:start|end|beginning)\s+of\s+the\s+"
    r"(?:window|sprint|day|week|month|quarter)|alongside\s+the\s+(?:release|deploy(?:ment)?|"
    rf"launch|migration|cutover))(?![\w-])|{OCCASION}|"
    # Round 20 (attack 23): "delete worker at 3 a.m.", "in the next MW", "in the weekend", "in
    # half an hour", "at lunch", "at the end of the sale" — times ahead the waits do not read.
    # (Round 33: the same without "in": "restart worker (next few days)", "… coming days" ran now.)
    # (Round 34, a38b: "over the next couple of days", "one of the coming days" ran now: the
    # span's count and "one of" before it are the span's words, never a window's "over"/"of".)
    r"(?<![\w.:])\d{1,2}(?::\d{2})?\s*[ap]\.m\.|(?<![\w-])(?:(?:(?:one|some|any)\s+of\s+the\s+|"
    r"(?:in|over|during|within)\s+(?:the\s+)?)(?:next|coming|"
    r"upcoming)\s+(?:(?:few|couple(?:\s+of)?)\s+)?(?:mw|window|maintenance\s+window|days|weeks?|"
    r"weekend|hours?|minutes)|in\s+the\s+"
    r"(?:days|weeks|hours)\s+ahead|(?:the\s+)?"
    r"(?:next|coming|upcoming)\s+(?:(?:few|couple(?:\s+of)?)\s+)?(?:days|weeks|hours)|in\s+the\s+"
    r"weekend|in\s+half\s+an\s+hour|at\s+lunch|at\s+the\s+end\s+of\s+the\s+(?:sale|event|"
    r"shift|promo(?:tion)?|campaign|season|show|match|game|meeting|call|demo))(?![\w-]))"
)
# A work period said as a label ("Sprint 42:", "Q1:", "week 50:"): a span no one waits on exactly.
PERIOD = r"(?:sprint|iteration|week|wk|cycle|pi)\s*#?\d+|q[1-4]|h[12]|fy\s*\d{2,4}"
# A change ticket's id: "CHG-20570", "OPS-1102".
TICKET = r"(?<![\w-])[a-z]{2,10}-\d+(?![\w-])"
# A day said by a word: "tomorrow morning", "tonight", "this evening", "next monday".
DAY_WORD = (
    r"(?:today|tonight|tomorrow|(?:this|next|coming|on)\s+(?:evening|morning|afternoon|night|"
    rf"weekend|{WEEKDAY})|{WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?"
)
# A time: a clock time with its day, a date with its clock time, a day with its clock time.
TIME = (
    rf"(?:{CLOCK}(?:\s+(?:on\s+)?(?:{DATE}|{DAY_WORD}))?|(?:the\s+)?{DATE}(?:\s+(?:at\s+)?{CLOCK})?|"
    rf"{DAY_WORD}(?:\s+(?:at\s+)?{CLOCK})?)"
)
# What makes an event hold: "finishes", "is approved", "goes live", "has landed".
DONE = (
    r"(?:(?:is|are|has|have|gets?|got)\s+(?:been\s+)?(?:over|done|finished|complete|completed|"
    r"through|merged|live|out|in|landed|shipped|deployed|released|green|closed|ready|approved|"
    r"signed\s+off|applied|in\s+place|rolled\s+out|cut\s+over|drained|ran|run)|finishes|"
    r"completes|lands|ends|wraps\s+up|goes\s+live|goes\s+out|goes\s+in|passes|pass|succeeds|"
    r"fails|fail|is\s+merged|merges|ran|runs|is\s+through|clears|drains)"
)
# The words that open a wait (never "until", "before" or "by": how long, or a deadline): an
# event's ("after the drain finishes") and a time's ("at 08:00", "in tonight's 23:00 window",
# "on the decommission date") — a time's opens only a time, or a noun phrase naming one.
EVENT_CONNECTIVE = r"(?:only\s+)?(?:after|once|when|as\s+soon\s+as|following|upon|post)"
# An event said by its ending: "upon completion of the nightly ETL", "after the end of the sale".
ENDING = (
    r"(?:(?:the\s+)?(?:successful\s+)?(?:completion|end|close|conclusion|finish|approval|"
    r"sign-?off)\s+of)"
)
TIME_CONNECTIVE = r"(?:only\s+)?(?:at|@|on|in|during|inside|within)"
CONNECTIVE = rf"(?:{EVENT_CONNECTIVE}|{TIME_CONNECTIVE})"
# An event said as a noun phrase: whose or which (a determiner or a possessive), up to four
# words naming it (a clock time, a date or a ticket among them), its head word.
_EVENT_WORD = (
    rf"(?:{CLOCK}|{DATE}|{TICKET}|(?!(?:and|then|but|or|to|so|please|pls|scale|restart|delete|"
    r"roll|set|update|deploy|remove|bump)\b)[a-z][\w/-]*)"
)
_WHOSE = r"(?:(?:the|our|their|my|your|this|that|tonight'?s|today'?s|tomorrow'?s|[a-z][\w-]*'s)\s+)"
EVENT = rf"{_WHOSE}(?:{_EVENT_WORD}\s+){{0,4}}(?!(?:{CLOCK})\b)[a-z][\w-]*"
# A noun phrase naming a time: "the decommission date", "tonight's 23:00 window".
TIME_NOUN = (
    rf"{_WHOSE}(?:{_EVENT_WORD}\s+){{0,4}}(?:date|day|window|slot|night|evening|morning|"
    r"afternoon|weekend|shift|cutover|cut-over|freeze|handover|hand-over|changeover|"
    r"change-over|shift\s+change)"
)
# Its time set beside it: "on the decommission date, 2026-12-15".
_BESIDE = rf"(?:\s*,\s*(?:on\s+|at\s+)?{TIME})?"
WAIT = re.compile(
    rf"{EVENT_CONNECTIVE}\s+(?:{TIME}|{TICKET}\s+{DONE}|(?:{ENDING}\s+)?(?:{TICKET}|"
    rf"{EVENT}(?:\s+{DONE})?){_BESIDE})|"
    rf"{TIME_CONNECTIVE}\s+(?:{TIME}|{TIME_NOUN}{_BESIDE})|"
    # A day said alone is its own connective: "tonight", "tomorrow at 08:00", "this evening".
    rf"(?<![\w'-])(?:today|tonight|tomorrow|(?:this|next|coming)\s+(?:evening|morning|afternoon|"
    rf"night|weekend|{WEEKDAY}))(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:at\s+)?{CLOCK})?",
    re.I,
)
# A wait whose moment is a record everyone reads alike: a calendar date, or a ticket approved.
EXACT = re.compile(rf"{DATE}|{TICKET}", re.I)
# The numbers a wait may hold as its own.
NAMED = re.compile(rf"{DATE}|{CLOCK}|{TICKET}", re.I)


def is_wait(phrase: str) -> bool:
    """Whether ``phrase`` is a wait and nothing else, by the grammar above: "at 08:00 tomorrow",
    "once CHG-20570 is approved", "after the 02:00 patch drop goes live"."""
    return bool(WAIT.fullmatch(phrase.strip(" .!")))


def named_blanked(phrase: str) -> str:
    """``phrase`` with the clock times, dates and ticket ids it holds blanked (same length): a
    wait's own numbers, for the check that no quantity hides in a wait."""
    return NAMED.sub(lambda m: " " * len(m.group(0)), phrase)


# Round 14: the words that say WHEN, right after a change said in full ("take my-api to 3
# then", "bring worker down to 1 after the import", "keep web at 2 overnight"): the change ends
# there and a time (or "then", referring back to one) follows — the wait is read by :mod:`.waits`.
# One list for every reader that must see where a change ends and its time begins (the scale
# cues of :mod:`.catalog` used to keep two lists of their own).
WHEN_NEXT = (
    r"(?:then|now|tonight|tomorrow|today|later|overnight|after|before|once|when(?:ever)?|until|"
    r"till|during|over|as\s+soon\s+as|at\s+(?:night|noon|midnight|\d)|after\s+hours|"
    r"on\s+weekends?|this\s+(?:evening|morning|afternoon|week(?:end)?)|next\s+\w+|"
    rf"(?:on\s+)?{WEEKDAY})\b"
)

# Round 15: the words of going back to what ran before, one table for the category's cues
# (:mod:`.catalog`) and the last word on a rollback (:mod:`.veto`):
# - the version before, qualified or not: "the prior approved version", "the previous stable
#   release", "the last known-good build";
# - a change taken back by its ticket: "back out CHG-20433", "backout of CHG-2049";
# - its way back invoked: "invoke the back-out plan", "run checkout's rollback runbook" (a plan
#   only written or reviewed is no order to go back).
VERSION_BEFORE = (
    r"\b(?:prev|previous|prior|last\s+good|last\s+known[\s-]+good)\s+(?:(?:approved|stable|good|"
    r"known[\s-]+good|working|released|healthy|green|signed[\s-]+off)\s+)?(?:rev|revs|revision|"
    # (Round 24: "previous droplet please": Cloud Foundry's build, the release it ran.)
    r"version|release|image|tag|build|droplet|deploy(?:ment)?|rollout)\b"
)
TICKET_BACKED_OUT = r"\bback(?:ing)?[\s-]*out\s+(?:of\s+)?[a-z]{2,10}-\d+\b"
WAY_BACK_INVOKED = (
    r"\b(?:invoke|run|execute|exec|trigger|follow|enact|action|carry\s+out|kick\s+off|start|"
    r"go\s+with|proceed\s+with|do|apply)\s+(?:the\s+|our\s+|its\s+|[a-z0-9][\w\-]*'s\s+)?"
    r"(?:back[\s-]*out|roll[\s-]*back|revert|fallback|fall[\s-]back)\s+(?:plan|procedure|"
    r"runbook|steps?)\b"
)
GOING_BACK = rf"(?:{VERSION_BEFORE}|{TICKET_BACKED_OUT}|{WAY_BACK_INVOKED})"

# Round 18 (times): a deadline said with a negation is no negation: "no later than Friday", "not
# later than 18:00", "at the latest by Friday" are "by Friday" — met by a plan made now (or
# waited on as "by" is); never read as what the plan must leave out.
_DEADLINE_SAID = re.compile(r"\b(?:no|not)\s+later\s+than\b(?=\s+\S)", re.I)


def deadlines_said(text: str) -> str:
    """``text`` with each deadline said with a negation written as "by" (same length)."""
    return _DEADLINE_SAID.sub(lambda m: "by".ljust(len(m.group(0))), text)
