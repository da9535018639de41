"""A clock time or a named event said as WHEN a direct change runs: the plan waits on it.

Rule: a clock time (07:00, 3am, midnight, noon) opened by at / after / from / around ("at
07:00", "after 22:00 when traffic drops", "from 05:00", "around 3am", "after midnight"), or an
event said as a noun after once / after / when / following with a determiner and named by its
clock time or its cadence ("after the 9am standup", "after the 21:00 deploy", "once the nightly
batch finishes"), is when to run the change beside it. The plan is made from the rest, and the
phrase, as said, is its ``awaits``: only a person's approval runs it (see :mod:`.waits`).
"nightly" inside such an event names the event, never a recurrence.

Still asked (left in place for the guard): a phrase in a clause that negates ("don't hotfix at
2am"), one holding another number than its clock time ("if the backlog is over 50k at 6am"), a
deadline ("by 18:00", "before 18:00": doing it now meets it), a window with its way back
("from 05:00 until 09:00"), and any time beside a deletion (the caller never asks here).
A clock time in a sentence telling what happened before the request ("it took the site down at
02:10.") is context: blanked, never waited on; one said of what is coming ("the campaign ends at
midnight.") is waited on too. Pure text.

Example::

    take("roll payments to 3.0.1 after 22:00 when traffic drops")
    # ('roll payments to 3.0.1                              ', ['after 22:00 when traffic drops'])
"""

from __future__ import annotations

import calendar
import re

from dotop_nb.models import ApplyOp, DeleteOp
from dotop_nb.planner.offline import addons, noorder, occasions, restore, statements, timewords
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.timewords import WEEKDAY, WINDOW_KIND
from dotop_nb.ports import PlanResult

# A time of day ("07:00", "3am", "midnight", with a zone if said) and a calendar day with digits
# ("2026-12-08", "tue 8 dec", "dec 8th", an iCal stamp): the grammar of a wait's (timewords).
CLOCK = timewords.CLOCK
DAY: str = timewords.DATE
# "at 02:00 on 2026-12-08", "at 10:00 on sat": a clock time on a day; "on 2026-12-10", "after
# 2026-12-10", "at 20261211t060000z": a day (a change calendar's row, an .ics start).
# Round 15: "at 08:00 tomorrow", "at 6am tomorrow morning": the day said by a word after it.
_ON_DAY = (
    rf"(?:\s+(?:on|this|next|coming|on\s+the\s+coming)\s+(?:{DAY}|{WEEKDAY})|\s+{WEEKDAY}|"
    r"\s+(?:today|tonight|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?)"
)
# A weekday and its clock time said together, as one time (round 11, times): "next Monday at
# 09:00", "on Saturday 06:00", "in the Saturday 06:00 maintenance window" — one phrase, waited
# on as said (never the clock time alone and the day apart).
_WEEKDAY_AT = re.compile(
    r"(?<![\w\-./:=@])(?:(?:in|during|inside|within)\s+(?:the|our|this|next)\s+"
    rf"(?:(?:next|this|coming)\s+)?{WEEKDAY}\s+(?:at\s+)?{CLOCK}\s+(?:{WINDOW_KIND}\s+)?window|"
    rf"(?:(?:on|this|next|coming)\s+(?:the\s+)?)?{WEEKDAY}\s+(?:at\s+|@\s*)?{CLOCK})"
    r"(?!\w|:\d|\.\d)",
    re.I,
)
# "at 07:00", "after 22:00", "from 05:00", "around 3am", "@ 04:00", "at around 3am".
# Round 16: "at 02:00Z", "at T02:00Z", "at 02:00 +0800", "at 14.00" (a dotted time after "at").
_AT = re.compile(
    r"(?<![\w\-./:=@])(?:(?:at|@)\s*(?:(?:around|about|roughly)\s+)?|after\s+|from\s+|"
    # "at 15:00: restore …": a colon closing the label, never the seconds of the time.
    rf"around\s+|some\s*time\s+after\s+)(?:{CLOCK}{_ON_DAY}?|{DAY})(?!\w|:\d|\.\d)|"
    rf"(?<![\w\-./:=@])(?:at|@)\s*{timewords.DOTTED_CLOCK}{_ON_DAY}?(?!\w|:\d|\.\d)|"
    rf"(?<![\w\-./:=@])on\s+{DAY}(?:\s+at\s+{CLOCK})?(?!\w|:\d|\.\d)",
    re.I,
)
# Round 16: a day or a clock time said as the request's label, first ("Dec 15: scale …",
# "23:00: restart …", "Dec 24 scale payments to 6"): when the change runs. Without a colon only
# a calendar day ("17:20Z the fix is tagged" is when a fact was seen).
_LABEL = re.compile(
    rf"^[\W_]*(?:(?:{DAY})(?:\s+(?:at\s+)?{CLOCK})?|{CLOCK}(?:\s+(?:on\s+)?{DAY})?)(?=\s*:\s)|"
    rf"^[\W_]*(?:{DAY})(?=\s+[a-z])",
    re.I,
)
# "… when traffic drops", "… when the EU wakes up": why that time, said right after it; "… to
# apply the new settings", "… so it picks up the config": what for (round 11), no condition.
_WHY = re.compile(
    r"\s+(?:(?:when|once|as)\s+|(?:so(?:\s+that)?|in\s+order\s+to|to)\s+(?=(?:it|they|the|we)?\s*"
    r"(?:apply|applies|pick|picks|load|loads|reload|take|takes|activate|get|gets|enable|free|"
    r"clear|refresh|flush)\b))[^,;:.!?()]+"
)
# An event said as a noun, named by its clock time or cadence: "after the 9am standup",
# "once the nightly batch finishes", "after the 01:00 batch".
_EVENT = re.compile(
    r"(?<![\w\-./:=@])(?:after|once|when|following)\s+(?:the|our|this|tonight'?s|today'?s)\s+"
    rf"(?:{CLOCK}|nightly|daily|weekly|monthly|hourly|morning|evening)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
    # What makes it hold (timewords.DONE: "goes live", "completes", …), the clause ending there.
    rf"(?:\s+{timewords.DONE})?(?=\s*(?:[,;:!?()\u2014\u2013]|\.(?:\s|$)|\s-\s|$))"
)
# The same event said last, of up to three words, ending the clause: "restart all tier=backend
# deployments after the 19:00 sidecar injector upgrade" (the request is said before it).
_EVENT_LAST = re.compile(_EVENT.pattern + r"(?=\s*(?:[,;:!?()\u2014\u2013]|\.(?:\s|$)|\s-\s|$))")
# Round 26 (gap28): a moment of an event named by its clock time, said with "of" and ending its
# clause: "at AOS of the 03:10Z pass", "at the end of the 16:00 run", "on completion of the
# 02:00 batch". (Not "on top of …", "on behalf of …": no moment.)
_EVENT_OF = re.compile(
    r"(?<![\w\-./:=@])(?:at|on|after)\s+(?:the\s+)?(?!(?:top|behalf|account|instead|"
    r"most|least|all|one|some|each|any|none|both|either)\b)[a-z][\w-]*\s+of\s+"
    rf"(?:the|tonight'?s|today'?s|this)\s+{CLOCK}\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*"
    rf"(?:\s+{timewords.DONE})?(?=\s*(?:[,;:!?()\u2014\u2013]|\.(?:\s|$)|\s-\s|$))"
)
# A condition said before a clock time, in its clause: "once the error budget freeze ends at
# 17:00", "if checkout's burn rate is still above 2 at 15:30", "after the weekly SLO review at
# 14:00". The clock time anchors it: a person checks it once, then, and approves — so the
# condition is one wait with its time, whatever it holds (a number, a state, a name, "weekly").
_OPENER = re.compile(
    r"(?<![\w\-./:=@])(?:only\s+)?(?:if|once|after|when|as\s+soon\s+as|following|provided(?:\s+that)?)\b"
)
# A verb of a change between the opener and the clock time: the request itself is inside
# ("if needed scale cart to 5 at 15:30"), so the condition's end cannot be told.
_CHANGE_VERB = re.compile(
    r"\b(?:scale|restart|bounce|recycle|cycle|redeploy|update|upgrade|downgrade|deploy|ship|"
    r"roll|rollback|revert|undo|set|bump|raise|lower|increase|decrease|delete|remove|drop|kill|"
    r"purge|wipe|add|enable|disable|patch|apply|create|make|put|give|take|back\s+out|"
    r"then|and|also|please|pls)\b"
)
# Where a phrase must end: a clause mark or the end of the request.
_CLAUSE_END = re.compile(r"\s*(?:[,;:!?()\u2014\u2013]|\.(?:\s|$)|\s-\s|$)")
_NEGATES = re.compile(r"\b(?:unless|except|not|no|never|without|don'?t|do\s+not)\b|n't\b")
# Another number in the phrase than its clock time: asked, never hidden in a wait.
_NUMBER = re.compile(
    r"\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|"
    r"half|double|twice|percent)\b"
)
# A sentence that tells what happened, holding a clock time ("it took the site down at 02:10.",
# "the outage started at 3am."), followed by more: context. One said in the present or the
# future ("the campaign ends at midnight.") is taken as a wait too: waiting more is never unsafe.
_FACT = re.compile(
    r"(?:^|(?<=[.:;!?]\s))[^.:;!?]*?\b(?:was|were|ended|started|began|took|went|happened|"
    r"crashed|failed|died|peaked|spiked|finished|landed|ran|broke|fell|paged|alerted|"
    rf"(?:has|have|had)\s+been)\b[^.:;!?]*?\b(?:at|@|around|from|after|until|since)\s+{CLOCK}"
    r"[^.:;!?]*\.(?=\s+\S)"
)


# A backup said to recur: its clock time is its schedule, a value (asked or read by the rule).
_RECURS = re.compile(
    r"\b(?:every|each|daily|nightly|hourly|weekly|monthly|weekdays?|weekends?|schedule[ds]?|"
    r"cron|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b"
)
# Words of _ONCE that say "now": beside a clock time they contradict it (asked as before).
_NOW = frozenset({"now", "immediately", "asap", "right away"})


def one_off(category: str, text: str) -> bool:
    """Whether ``text`` asks for one backup said as one ("a one-off velero backup at 22:45"):
    its clock time is then when to take it, not a daily schedule."""
    said = [m.group(0) for m in addons.ONCE.finditer(text)]
    if category == "backup" and addons.RESTORE.search(text) and restore.backup_named_in(text):
        # "at 15:00: restore postgres from the Velero backup pg-pre-upgrade-1207": a restore
        # happens once; its clock time is when (a name's "nightly" is no recurrence).
        return not _NOW.intersection(said) and not _RECURS.search(restore.without_backup_name(text))
    return (
        category == "backup"
        and bool(said)
        and not _NOW.intersection(said)
        and not _RECURS.search(text)
    )


def _clause(text: str, start: int, end: int) -> str:
    """The clause holding ``text[start:end]``."""
    a = max((m.end() for m in rx(r"[,;:.!?()]\s").finditer(text[:start])), default=0)
    b = rx(r"[,;:!?()]|\.\s|$").search(text[end:])
    return text[a : end + (b.start() if b else 0)]


# A value given inside ("once the freeze ends payments to 3 at 17:00"): a request, not a
# condition — its end cannot be told.
_VALUE_TO = re.compile(
    r"\bto\s+(?:v?\d|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b|=|\bx\d"
)


def _condition_before(text: str, a: int, b: int) -> int | None:
    """Where the condition that the clock time at ``text[a:b]`` ends begins ("once the freeze
    ends at 17:00" → the offset of "once"), or None: no opener in its clause, one said right
    before the time ("after 22:00" is the time alone), the request inside it, or nothing said
    outside it (a phrase must leave the request)."""
    clause = max((m.end() for m in rx(r"[,;:.!?()]\s").finditer(text[:a])), default=0)
    opener = None
    for m in _OPENER.finditer(text, clause, a):
        opener = m
    if opener is None or not text[opener.end() : a].strip():
        return None
    if _CHANGE_VERB.search(text, opener.end(), a) or _VALUE_TO.search(text, opener.end(), a):
        return None
    outside = text[:clause] + text[clause : opener.start()] + text[b:]
    return opener.start() if rx(r"[a-z]{2}").search(outside) else None


def take(text: str) -> tuple[str, list[str]]:
    """``text`` (lowered) with each clock time or timed event said as when to run blanked (same
    length), and those phrases as said; facts holding a clock time blanked and not returned.
    What must be asked (see the module docstring) is left in place."""
    text = occasions.habits_blanked(_FACT.sub(lambda m: " " * len(m.group(0)), text))
    # "Black Friday", "Patch Tuesday": one name, no weekday for any reader after this one.
    text = named_days_joined(text)
    phrases: list[str] = []
    for pattern in (_EVENT, _EVENT_LAST, _EVENT_OF, _WEEKDAY_AT, _AT, _LABEL):
        start = 0
        while m := pattern.search(text, start):
            a, b = m.span()
            start = b
            if (
                pattern is not _EVENT
                and (why := _WHY.match(text, b))
                and _CLAUSE_END.match(text, why.end())
            ):
                b = why.end()
            if pattern is _EVENT and not _CLAUSE_END.match(text, b):
                continue  # "after the 9am standup restart …": where it ends cannot be told
            if pattern is _EVENT_LAST and not rx(r"[a-z]").search(text[:a]):
                continue  # leading, with no mark to end it: asked as before
            if impossible(text[a:b]):
                continue  # "on Feb 30": no day to wait for, asked (check)
            if pattern is _LABEL:
                a += len(text[a:b]) - len(text[a:b].lstrip(" \t\n#*-([>"))
            if _NEGATES.search(_clause(text, a, b)):
                continue
            if pattern is _AT and (opened := _condition_before(text, a, b)) is not None:
                a = opened  # the condition the clock time anchors: one wait, as said
            else:
                rest = rx(timewords.DOTTED_CLOCK, re.I).sub(" ", text[a:b])
                rest = rx(CLOCK).sub(" ", rx(DAY, re.I).sub(" ", rest))
                if _NUMBER.search(rest):
                    continue
            phrase = text[a:b]
            if rx(r"\s*(?:until|till|to|-|\u2013)\s*\S").match(text[b:]):
                continue  # "from 05:00 until 09:00": a window, its way back unplanned
            phrases.append(phrase.strip())
            text = text[:a] + " " * (b - a) + text[b:]
    return text, phrases


# --- Round 16: one recogniser of a moment said, in every notation ------------------------------
# Rule: a moment said anywhere in the request — a clock time in any notation ("02:00Z",
# "T02:00Z", "14.00" after "at", "02:00 +0800", "02:00 UTC+8", "9am my time"), a calendar day
# ("Dec 15", "2026-12-15"), a named day ("Black Friday", "Patch Tuesday", "Xmas") or a work
# period said as a label ("Sprint 42:", "Q1:") — is never dropped: the plan waits on it exactly
# as said (zone and offset with it), or asks. The wait-taker (:func:`take`) reads it by the same
# grammar (timewords.CLOCK, DATE, DOTTED_CLOCK); :func:`check`, the last word on a plan, asks
# about any the plan does not wait on: an impossible date ("Feb 30"), a named day or a period
# said as when, a time whose zone the wait lost, a time on a delete it cannot wait on exactly.
# A moment that is not when the change runs is left alone: one in a fact ("17:20Z the fix is
# tagged"), a report of the past ("went down at 02:10"), a schedule's ("every day at 02:00"), a
# purpose or a deadline ("for Black Friday", "before 18:00"), since when ("since 4pm").
_NAMED = re.compile(timewords.NAMED_DAY, re.I)
# Round 33 (gap36c): a clock time said in words, its minutes or its half of the day after the
# hour ("at eleven thirty", "at two fifteen pm", "at eleven tonight", "at five in the morning"):
# a moment like its digits, never dropped from the wait (a restart at once is another time).
_SPOKEN_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SPOKEN_MINUTE = (
    r"(?:oh[\s-](?:one|two|three|four|five|six|seven|eight|nine)|fifteen|thirty|forty[\s-]five|"
    r"(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)"
)
SPOKEN_CLOCK = (
    rf"\bat\s+{_SPOKEN_HOUR}(?:\s+{_SPOKEN_MINUTE}(?![\s-]*(?:minutes?|mins?|hours?|days?|"
    r"weeks?|months?|seconds?|percent|replicas?|pods?|times?)\b|\s*%)(?:\s*(?:am|pm|a\.m\.|"
    r"p\.m\.)(?!\w))?|\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\s+(?:tonight|in\s+the\s+(?:morning|"
    r"evening|afternoon)|at\s+night|this\s+(?:morning|evening|afternoon)))"
)
_SPOKEN = re.compile(SPOKEN_CLOCK, re.I)
MOMENT = re.compile(
    rf"(?<![\w\-./:=@])(?:{DAY}(?:\s+(?:at\s+)?{CLOCK})?|{CLOCK}(?:\s+(?:on\s+)?{DAY})?)"
    r"(?!\w|:\d|\.\d)|"
    rf"{SPOKEN_CLOCK}|"
    rf"(?<![\w\-./:=@])(?:at|@)\s*{timewords.DOTTED_CLOCK}|"
    rf"(?<![\w\-./:=@]){timewords.NAMED_DAY}|{timewords.UNPLACED_TIME}",
    re.I,
)
_UNPLACED = re.compile(timewords.UNPLACED_TIME, re.I)
_FIRST_STEP = re.compile(r"first\s+thing", re.I)
# "Sprint 42: delete worker", "Q1: scale …": a work period said as the request's label.
_PERIOD_LABEL = re.compile(rf"^[\W_]*((?:{timewords.PERIOD}))(?=\s*:\s)", re.I)
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<m1>{timewords.MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{timewords.MONTH}))",
    re.I,
)


def impossible(text: str) -> str | None:
    """The first calendar day in ``text`` that no year has ("Feb 30", "31 April"), or None."""
    for m in _MONTH_DAY.finditer(text):
        month = _MONTHS[(m.group("m1") or m.group("m2"))[:3].lower()]
        day = int(m.group("d1") or m.group("d2"))
        if not 1 <= day <= calendar.monthrange(2024, month)[1]:  # 2024: Feb 29 exists
            return m.group(0)
    return None


def named_days_joined(text: str) -> str:
    """``text`` with each named day said as one word (same length): "black_friday" — its
    weekday word is no weekday to wait for ("Black Friday" is not this Friday)."""
    return _NAMED.sub(lambda m: rx(r"\s").sub("_", m.group(0)), text)


# Before a moment, the words that make it no time to run: a purpose, a deadline, since when.
_NOT_WHEN = re.compile(
    r"(?:\b(?:for|ahead\s+of|before|by|since|until|till|prior\s+to|in\s+time\s+for|"
    r"no\s+later\s+than|of|during|over|from|between|through|to)\s+(?:the\s+|this\s+|our\s+)?|"
    r"'s\s+)$",
    re.I,
)
# Round 26 (gap28): "at LOS of the 16:48Z pass": "of" there names the moment of an event said
# as when ("the logs of the 16:48 run" is not) — still when the change runs.
_WHEN_OF = re.compile(
    r"\b(?:at|on|after|upon)\s+(?:the\s+)?[\w-]+\s+of\s+(?:the\s+|this\s+|our\s+)?$", re.I
)
_PURPOSE = re.compile(
    r"\b(?:for|ahead\s+of|before|by|since|until|till|prior\s+to|in\s+time\s+for|"
    r"no\s+later\s+than)\b",
    re.I,
)
# A schedule's time is its value ("every night at 02:00", "cron … 02:00"), not a wait.
_SCHEDULED = re.compile(
    r"\b(?:every|each|daily|nightly|weekly|hourly|monthly|weekdays?|cron|schedule[ds]?)\b"
    r"[^.;!?\n]{0,40}$",
    re.I,
)
_PAST = re.compile(
    r"\b(?:was|were|went|had|did|took|got|came|fell|hit|ran|broke|died|began|started|"
    r"\w{2,}ed)\b",
    re.I,
)


# What happened, said right before its time in the same clause (timewords.PAST_EVENT, the list
# noorder reads to drop such a time from the wait).
_DATES_EVENT = re.compile(rf"\b{timewords.PAST_EVENT}\b\s+(?:at|on|around|about)?\s*$", re.I)


def _awaited(moment: str, awaits: str) -> bool:
    """Whether ``moment`` is in the plan's wait as said: each of its days and clock times,
    zone and offset with them ("2026-12-16 04:00 UTC" in "at 04:00 UTC on 2026-12-16")."""

    def squash(t: str) -> str:
        return rx(r"\s+").sub(" ", t.lower()).strip(" :")

    said = squash(rx(r"^(?:at|@)\s*", re.I).sub("", moment))
    parts = [m.group(0) for m in _PARTS.finditer(said)] or [said]
    return bool(awaits) and all(squash(p) in squash(awaits) for p in parts)


_PARTS = re.compile(rf"{DAY}|{CLOCK}|{timewords.DOTTED_CLOCK}", re.I)
# A clock time opening a clause, its words no order ("04:11Z orders p99 at 2.8s", "09:46
# decision: …", "17:20Z the fix is tagged"): a log's timestamp, when something was seen.
_ORDER_NEXT = re.compile(rf"\s*(?:{_CHANGE_VERB.pattern}|roll|bounce|take|bring|run|go)\b")
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n't\b|\bdon'?t\b", re.I)
_NAMED_AS_WHEN = re.compile(
    r"(?:\b(?:on|at|this|next|coming|from|after|until|till|by)\s+(?:the\s+)?)$", re.I
)


def unwaited(said: str, result: PlanResult) -> str | None:
    """The first moment in ``said`` that the plan, which makes changes, does not wait on
    exactly as said (see the rule above), or None."""
    awaits = result.awaits or ""
    if said.lstrip().lower().startswith("kubectl"):
        said = rx(r"\s#\s.*$", re.M).sub("", said)  # a comment filing the command
    if bad := impossible(said):
        return f"{bad!r}, a date that does not exist"
    if any(
        isinstance(op, ApplyOp)
        and (
            op.manifest.get("kind") in ("Schedule", "CronJob")
            # A KEDA cron trigger: its window is the schedule, written into the object.
            or any(
                t.get("type") == "cron"
                for t in (op.manifest.get("spec") or {}).get("triggers") or []
                if isinstance(t, dict)
            )
        )
        for op in result.operations
    ):
        return None
    if (label := _PERIOD_LABEL.match(said)) and not _awaited(label.group(1), awaits):
        return f"{label.group(1)!r}, a period I cannot wait for exactly as said"
    timeline = _timeline(said)
    for a, b in statements.spans(said):
        clause = said[a:b]
        sentence = said[max(said.rfind(c, 0, a) for c in ".;!?\n") + 1 : a]
        # (The stop that closes a clause is read with it: "restart worker 15.12." ends a date.)
        for m in MOMENT.finditer(said[a : b + 1] if said[b : b + 1] == "." else clause):
            moment = m.group(0).strip()
            if _awaited(moment, awaits):
                continue
            before, after = clause[: m.start()], clause[m.end() :]
            if (_NOT_WHEN.search(before) and not _WHEN_OF.search(before)) or _SCHEDULED.search(
                said[: a + m.start()]
            ):
                continue
            if _PURPOSE.search(before) or _NEGATED.search(clause):
                continue  # "before the cutover at 22:00": doing it now meets it
            if (
                not rx(r"\w").search(before)
                and after.strip()
                and (not _ORDER_NEXT.match(after) or timeline)
            ):
                continue  # "04:11Z orders p99 at 2.8s", "08:17 restart both": a timestamp
            # "17:20Z the fix is tagged", "went down at 02:10": when something was, not when to run.
            if statements.fact(clause) or _PAST.search(sentence + before):
                continue
            if _DATES_EVENT.search(before):
                continue  # "(built at 14:00)": when something happened (noorder drops that wait)
            if noorder.coming_event_now(said, a + m.start(), a + m.end()):
                continue  # "results go live at 08:00 on Thursday: scale … now": the event's
            # ("restart worker NYE": a named day closing the order's clause is its time.)
            if (
                _NAMED.match(moment)
                and not (
                    _NAMED_AS_WHEN.search(before)
                    or (not before.strip() and not after.strip() and rx(r"\s*:").match(said[b:]))
                )
                and (after.strip(" .!") or not before.strip() or before.rstrip().endswith(","))
            ):
                continue  # "Black Friday prep", ", black friday": the occasion, now (occasions)
            if (
                _FIRST_STEP.fullmatch(moment)
                and not before.strip()
                and rx(r"\s*[:;,\u2013\u2014-]").match(said[b:])
            ):
                continue  # "first thing: a velero backup …": the first step of a list, no time
            if not _loses_time(moment, awaits, result):
                continue
            return f"{moment!r}, a time I cannot wait for exactly as said"
    return None


_STAMP = re.compile(r"(?:^|[.;!?\n]\s*)(\d{1,2}):(\d{2})z?\b", re.I)


def _timeline(said: str) -> bool:
    """Whether ``said`` is a log: two or more sentences opened by clock times, in order
    ("08:15 … ; 08:17 restart both deployments.")."""
    stamps = [int(h) * 60 + int(m) for h, m in _STAMP.findall(said)]
    return len(stamps) >= 2 and stamps == sorted(stamps)


def _loses_time(moment: str, awaits: str, result: PlanResult) -> bool:
    """Whether dropping ``moment`` from the wait would run the change at another time: a named
    day or a period (any plan), a zone the wait lost, or a notation no other reader knows — or
    any time on a delete."""
    if (
        _NAMED.search(moment)
        or _UNPLACED.search(moment)
        or rx(timewords.PERIOD, re.I).search(moment)
        or _SPOKEN.match(moment)
    ):
        return True
    if any(isinstance(op, DeleteOp) for op in result.operations):
        return True
    return not awaits or bool(rx(rf"{timewords.ZONE}|\d[zt]|t\d|\d\.\d", re.I).search(moment))


def check(said: str, result: PlanResult, *, answered: bool = False) -> PlanResult:
    """``result``, or a question in its place when a moment said is not waited on exactly."""
    if answered or not result.operations:
        return result
    if (found := unwaited(said, result)) is None:
        return result
    changes = "; ".join(op.summary() for op in result.operations)
    return result.held_back(
        f"You said {said.strip()!r}, and I read {found}. I would {changes} when you approve "
        "it, without waiting for that. Say the time as a clock time with its day and zone "
        "('at 02:00 UTC on 2026-12-15'), or say the change alone to make it when approved."
    )
