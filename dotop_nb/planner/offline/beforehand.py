"""A deadline said as an event: "before <event>" is met by doing the change now.

"add a PDB for my-api with maxUnavailable 1 before the node-drain test", "before I seed the
test data, back up postgres with velero", "back up postgres before the schema migration": the
event comes after, so the plan is made now and waits on nothing (the plan says the occasion it
read, :func:`.occasions.said`). Any event said this way counts, not only the words of
:data:`.occasions.EVENT`.

Still asked (left for the guard), because then "before" says when, or hides another change:

- an offset or a closeness in front ("T-30 min before go-live", "the day before launch", "an
  hour before", "right/just/shortly before", "not before"): a time to wait for;
- a state of the past in front ("what they were before the test", "as before"): a revision or a
  value nobody recorded;
- an event holding a clock time, a day, a condition, a number (other than a release, step or
  build's) or a change the planner would make ("before you delete worker", "before we scale
  payments to 2", "before the 02:00 run", "before monday's test", "before it fails").

Pure text; :func:`blanked` keeps the length.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.timewords import DAY_NAME

# An event named by its label and number: "experiment 4", "hypothesis 3", "step 2", "drill #5",
# "release 48" — a step of a plan or a game day, whose number is its name, never a time.
_LABELLED = re.compile(
    r"\b(?:experiment|exp|hypothesis|step|phase|stage|drill|scenario|test|trial|exercise|round|"
    r"release|build|sprint|milestone|iteration|run|wave|batch)\s*(?:no\.?\s*|number\s+)?#?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,4})\b"
)
# "before" with who or what comes next: a determiner, a person who does it, or an event named
# by its label and number ("before experiment 4").
_OPEN = re.compile(
    r"(?<![\w-])before\s+(?=(?:the|our|this|that|a|an|its|their|my|we|i|they|ops|qa|someone|"
    # Round 16: "before OTA wave 3 hits": a label's number after up to two words naming it.
    rf"somebody|the\s+team)\b|(?:[a-z][\w-]*\s+){{0,2}}{_LABELLED.pattern[2:]}|"
    # Round 31 (gap34a): an event said with no determiner, its verb after it ("before resale
    # opens", "before doors open", "before registration closes"), never a pronoun's ("before
    # it starts failing").
    r"(?!(?:it|they|he|she|we|i|you|u|this|that|there|them|things)\b)(?:[a-z][\w-]*\s+){1,2}"
    r"(?:opens?|starts?|begins?|closes?|ends?|kicks?\s+off|goes\s+live|go\s+live|launch(?:es)?|"
    r"happens?)\b|"
    # Round 33 (gap36c): someone named, doing the event ("before Marco runs the blend
    # migration", "before Priya applies the schema change"): the person and the verb, then what.
    r"(?!(?:it|this|that|there|them|things)\b)[a-z][\w-]*\s+(?:runs|does|starts|applies|"
    r"performs|pushes|ships|deploys|rolls\s+out|kicks\s+off|cuts\s+over|merges|executes)\s+"
    r"(?:the|a|an|his|her|their|its|our|my)\b)"
    # (A comma or point between digits is the number's: "before the cutover of batch 3,000";
    # a colon between them a clock time's, round 29: "before the night shift starts at 22:00".)
    r"(?:[^,;.:!?()\[\]\"]|(?<=\d)[,.:](?=\d))+"
)
# What in front of "before" makes it a time or a past state.
_IN_FRONT = re.compile(
    r"(?:(?<![\w.])\d+\s*(?:m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|s|secs?|seconds?)|"
    # (Round 26, holds: each word whole — "spread payments across zones before the release"
    # has no "ones" in front.)
    r"t\s*-\s*\d+\s*[a-z]*|\b(?:an?|one|two|three|few|some|several)\s+(?:few\s+)?"
    r"(?:hours?|days?|weeks?|minutes?|mins?|nights?|moments?)|the\s+(?:day|night|week|morning|"
    r"evening|hour|weekend)|\b(?:right|just|shortly|immediately|directly|straight|not|never|only|"
    r"was|were|had|been|as|than|is|are|be|ones?|version|revision|release|build|image|tag|it|"
    r"them|state|way|like|same|used|ran|run|running|had|did|time|times|ever|long))\s*$"
)
# What inside the event makes it a time, a condition or another change.
_INSIDE = re.compile(
    r"\b(?:at|tomorrow|tonight|today|next|noon|midnight|eod|weekend|morning|evening|afternoon|"
    rf"{DAY_NAME}s?|if|unless|when|whenever|after|until|till|once|while|you|u|"
    r"delete\w*|remov\w*|drop\w*|destroy\w*|wip\w*|purg\w*|kill\w*|scal\w*|restart\w*|"
    r"roll\w*\s+back|revert\w*|set|sets|change\w*)\b|\bin\s+\d|\d{1,2}:\d{2}|\d\s*(?:am|pm|h)\b|"
    # a number that is no release's, step's, build's or ticket's
    # (Round 16: nor a population in thousands or millions, "hits 12k gateways", "2m users": how
    # big the event is, never a count of the plan.)
    r"(?<!release\s)(?<!step\s)(?<!build\s)(?<!sprint\s)(?<!ticket\s)(?<!#)(?<![\d.])\d"
    r"(?![\d.,]*\s*[km]\b)"
)
INSIDE = _INSIDE


def said_when(before: str) -> bool:
    """Whether the words ``before`` a "before" make it a time or a past state ("an hour",
    "right", "just", "the day"): when, never by when."""
    return bool(_IN_FRONT.search(before))


# Round 29 (gap32a): what dates the event itself, never the change — its clock time said as
# when it starts ("before the night shift starts at 22:00", "before the gates open at 09:30")
# and a model run's or a shift's UTC hour used as its name ("before the 00Z ingest", "the 12Z
# run"). Doing the change now still meets the deadline; the event holds no other time, number
# or condition.
_EVENT_DATED = re.compile(
    r"\s+(?:starts?|begins?|opens?|kicks?\s+off|goes\s+live|lands?|arrives?|comes?\s+in)\s+at\s+"
    r"(?:[01]?\d|2[0-3])(?::[0-5]\d)?(?:\s*(?:am|pm))?(?:\s*(?:utc|z))?\s*$|"
    r"(?<![\w.:])(?:[01]\d|2[0-3])(?:[0-5]\d)?z(?![\w.:])"
)


def matches(lowered: str) -> list[re.Match[str]]:
    """Every "before <event>" deadline said in ``lowered`` (see the module's rule)."""
    return [
        m
        for m in _OPEN.finditer(lowered)
        if not _IN_FRONT.search(lowered[: m.start()])
        and not _INSIDE.search(_dated_blanked(_LABELLED.sub(" event", m.group(0)[7:])))
    ]


def dated_blanked(lowered: str) -> str:
    """``lowered`` with each deadline whose event is dated by its own clock time blanked (same
    length): "before the night shift starts at 22:00" — the clock is the event's, never when
    the change runs (nor a backup's schedule)."""
    if " at " not in lowered and "z" not in lowered:
        return lowered
    for m in matches(lowered):
        if _dated_blanked(m.group(0)[7:]) != m.group(0)[7:]:
            lowered = lowered[: m.start()] + " " * (m.end() - m.start()) + lowered[m.end() :]
    return lowered


def _dated_blanked(event: str) -> str:
    """``event`` less what only dates it (:data:`_EVENT_DATED`)."""
    if "z" not in event and " at " not in event:  # (cheap: most events hold neither)
        return event
    return _EVENT_DATED.sub(" event", event.rstrip())


# Where a deadline the rule above leaves to the guard ends, read loosely: at the next part of
# the request ("before the release and restart payments") or a condition said after it.
_PART_AFTER = re.compile(
    r"\s+(?:and|then|but|so|if|unless|when|once|while|or)\b|\s[-\u2013\u2014]\s"
)
PART_AFTER = _PART_AFTER


def unread(lowered: str) -> list[tuple[int, int]]:
    """Each "before <the|our|…> <event>" the rule above does not read only because the request
    goes on past it to another part ("before the release and restart payments"), cut where
    that part starts. Round 24: these were planned with the "before" dropped; a finished plan
    carries them (:mod:`.holds`). An event with a time, a condition or a change of its own
    inside stays as the rule reads it ("back up postgres before the upgrade tomorrow" is met by
    the backup made now, round 14)."""
    found = {m.start() for m in matches(lowered)}
    out = []
    for m in _OPEN.finditer(lowered):
        if m.start() in found or _IN_FRONT.search(lowered[: m.start()]):
            continue
        cut = _PART_AFTER.search(m.group(0))
        if cut is None:
            continue
        event = m.group(0)[: cut.start()]
        if not _INSIDE.search(_LABELLED.sub(" event", event[7:])):
            out.append((m.start(), m.start() + len(event)))
    return out


def spans(lowered: str) -> list[tuple[int, int]]:
    """Where in ``lowered`` a "before <event>" deadline is said."""
    return [(m.start(), m.end()) for m in matches(lowered)]


# "From this release on, a backup every day at 01:30": from now on, said by the occasion that
# is now — no time to wait for (a later one, "from next week on", is left to the guard).
FROM_NOW = re.compile(
    r"\bfrom\s+(?:now|today|here|this\s+(?:release|sprint|version|point|moment|day))\s+"
    r"(?:on(?:wards?)?|forward)\b"
)


def blanked(lowered: str) -> str:
    """``lowered`` with every "before <event>" deadline and "from now on" blanked (same
    length)."""
    lowered = FROM_NOW.sub(lambda m: " " * len(m.group(0)), lowered)
    for start, end in spans(lowered):
        lowered = lowered[:start] + " " * (end - start) + lowered[end:]
    return lowered


def said(lowered: str) -> tuple[int, str] | None:
    """The first deadline said, where it starts, for the plan to say it does not wait."""
    found = spans(lowered)
    return (found[0][0], lowered[found[0][0] : found[0][1]]) if found else None


def labels_blanked(text: str) -> str:
    """``text`` with the label and number of each event a deadline names blanked (same length):
    in "snapshot postgres before experiment 4" the 4 names the experiment, never a quantity."""
    lowered = text.lower()
    for start, end in spans(lowered):
        inside = _LABELLED.sub(lambda m: " " * len(m.group(0)), lowered[start:end])
        text = (
            text[:start]
            + "".join(" " if b == " " else a for a, b in zip(text[start:end], inside, strict=True))
            + text[end:]
        )
    return text
