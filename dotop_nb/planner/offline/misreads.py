"""Words a finished plan must not read as something near them: a last word, asked about.

Rules (each turns a plan into a question naming what was said):

- Disk is never memory: a plan that sets a memory request or limit stands only if no disk,
  storage, volume, /tmp, heap or ephemeral-storage words are said ("give postgres 20Gi of disk").
- A database is not made highly available by replicas: "highly available", "HA", "redundant",
  "failover" said of a database StatefulSet (:func:`.direction.database`) whose plan scales it
  asks (extra pods are empty independent databases unless it replicates), a count said in digits
  too unless the replicas are laid out over zones or the words say it replicates (round 32); so
  does a purpose of serving reads ("for the read load"), even with the count said (round 30).
- A vague "lock down", "secure", "harden", "isolate" does not deny every caller: a NetworkPolicy
  that denies all ingress stands only if the words say so ("deny all ingress", "block all
  traffic"); otherwise it asks which callers stay allowed.
- A time said that the plan cannot await exactly as meant asks, never a nearby reading: a day
  excluded ("any day but Friday"), a zone ("17:00 PST"), a named day ("Black Friday"), an
  impossible clock ("25:00"), a time already past ("yesterday", a past date), a time the plan
  does not await at all ("@17h", "on Fri", "(Sat)", a trailing date, "during business hours",
  "at the quietest time", "for the Friday sale"); a scale within a window ("just for today")
  whose end it does not plan.
- A calendar event (BEGIN:VEVENT) stands only as one event with a DTSTART in UTC ahead of now and
  nothing else that shapes it (no RRULE, TZID, second VEVENT or DESCRIPTION).

Pure text over the words as sent and the finished plan; an answer (refinements) is not re-checked.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager

from dotop_nb.models import ApplyOp, DeleteOp, PatchOp, ScaleOp
from dotop_nb.planner.offline import netpol, noorder, schedules
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.timewords import AT_CLOCK, DAY_NAME, DAY_SHORT, PAST_EVENT
from dotop_nb.ports import PlanResult

_DISK = re.compile(
    r"\b(?:disk|disks|storage|volumes?|pvc|persistent\s*volume\w*|ephemeral(?:[\s-]*storage)?|"
    r"heap|xmx|ssd|space)\b|(?<![\w/])/tmp\b",
    re.I,
)
_HA = re.compile(
    # Round 27 (gapask): "fail postgres over into the other zone", the verb around its object.
    r"\bfail\s+(?:[\w().'-]+\s+){1,4}?over\b|"
    r"\b(?:highly[\s-]+available|high[\s-]+availability|ha|redundan\w*|fail[\s-]*over|"
    r"replication|resilien\w*|fault[\s-]+toleran\w*|"
    # Round 42 (blind45): "make the weaver DB (postgres) a hot standby in Tashkent": a standby
    # or a spare of a database asked for is its copy, which extra replicas are not ("the
    # postgres standby is broken; turn it off" names one that is there).
    r"(?:an?|one|two|\d)\s+(?:(?:hot|warm|live|streaming|read)\s+)?stand[\s-]*by|"
    r"hot[\s-]+spares?)\b|"
    # Round 33 (attack37's "db HA count"): said by what it should live through ("must tolerate
    # a node dying", "should survive node loss") or asked to copy itself ("replicate it").
    r"\b(?:tolerat\w*|surviv\w*|withstand\w*|ride\s+out|outlive\w*)\s+(?:(?:a|an|the|one|any)\s+)?"
    r"(?:node|zone|pod|host|machine|instance)s?(?:[\s-]+(?:loss|losses|dying|death|deaths|"
    r"failures?|outages?|going\s+down|down|crash(?:es|ing)?))?\b|\breplicate(?:d)?\s+(?:it|them)\b",
    re.I,
)
# Round 33 (gap36c): high availability said as the failure the database must outlive ("a second
# replica on another node so it survives a node failure", "if the node dies we lose it, make it
# two replicas"): the same goal. (Replicas and a spread said alone, with no failure, are asked
# for as said: "the redis is a single pod; make it 3 replicas spread over different nodes".)
_SURVIVED = re.compile(
    r"\b(?:surviv\w*|withstand\w*|outlive\w*|ride\s+out|single\s+point\s+of\s+failure|spof|"
    r"(?:node|zone|az|machine|host)s?\s+(?:failures?|outages?|loss|dies|died|goes\s+down|"
    r"went\s+down|going\s+down|fails|failed)|"
    r"(?:if|when|whenever|in\s+case|should)\s+(?:(?:we|you)\s+lose\s+)?"
    r"(?:(?:the|a|an|one|its|any|whole|entire|single)\s+)?(?:node|zone|az|machine|host|server)s?\b)",
    re.I,
)
# Round 32 (gap35b): what makes a count said beside high availability of a database stand — the
# replicas laid out over zones, or the words saying the database replicates.
_LAID_OUT = re.compile(
    r"\bzon(?:e|es|al)\b|\bzone[\s-]*(?:redundan\w*|spread)|\bazs?\b|\breplicat(?:es|ing)\b|"
    r"\bpatroni\b|\bstreaming\s+replication\b|\bcnpg\b|\bcloudnative[\s-]*pg\b|"
    r"\bsentinel\b|\bgalera\b|\boperator\b",
    re.I,
)
# Round 30 (gap33b): "sts/postgres --replicas=2 for the read load", "redis to 3 to spread the
# reads": a purpose of serving reads from the extra pods. Unlike high availability (where a
# count said stands: "3 replicas, one per zone"), reads sent to a pod of a database that does not
# replicate find an empty database whatever the count, so a said count asks as well.
_READS = re.compile(
    r"\bread[\s-]*(?:load|traffic|quer(?:y|ies)|requests?|capacity|throughput|heavy|scal\w*|"
    r"replicas?|path|side|workloads?)\b|\breads\b|\bread[\s-]*only\s+(?:replicas?|copies|pods?)\b",
    re.I,
)
_VAGUE_LOCK = re.compile(
    r"\block(?:ed|ing)?[\s-]*(?:\w+\s+)?down\b|\blockdown\b|\bsecure\b|\bharden\b|\bisolate\b|"
    r"\btighten\b|\bclose\s+off\b|\bprotect\b|\brestrict\b|\bfirewall\b",
    re.I,
)
_ALL_SAID = re.compile(
    r"\b(?:deny|block|drop|reject|no|cut\s+off|refuse)\b[\w\s-]{0,20}?\b(?:all|any|every\w*)\b|"
    r"\bdeny[\s-]*all\b|\bdefault[\s-]*deny\b|\bno\s+(?:ingress|inbound|incoming|traffic)\b|"
    r"\b(?:all|any)\s+(?:ingress|inbound|incoming|traffic)\b|"
    r"\b(?:every|each|all(?:\s+the)?)\s+pods?\s+in\s+(?:this|the|our)\s+namespace\b|"
    r"\b(?:whole|entire)\s+namespace\b",
    re.I,
)
_ZONES = (
    r"pst|pdt|est|edt|cst|cdt|mst|mdt|akst|hst|ist|jst|kst|aest|aedt|acst|awst|nzst|nzdt|bst|"
    r"ast|sgt|hkt|wib|brt|art"
)
# A named day after "on" inside a clause led by a deadline ("before the stores open on …").
_DEADLINE_DAY = re.compile(r"\bon\s", re.I)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:before|ahead\s+of|in\s+time\s+for|prior\s+to)\s+(?:the\s+|our\s+)?[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*){0,3}\s+(?:opens?|starts?|begins?|kicks?\s+off|rush|sale|peak|"
    r"traffic|launch(?:es)?|goes\s+live)\s+$",
    re.I,
)
# Times said that the plan cannot await as meant: asked whatever it awaits.
_NEVER = re.compile(
    rf"\b(?:any|every)\s+day\s+(?:but|except)\b|\bexcept\s+(?:on\s+)?{DAY_NAME}s?\b|"
    rf"\bnot\s+on\s+(?:a\s+)?{DAY_NAME}s?\b|"
    # (Round 21: "before Black Friday", "by Black Friday" is a deadline, which doing the change
    # now meets — the plan waits on it as said, never on a day it cannot place.)
    r"\b(?:on|at|until|till|after|from|this|next)\s+(?:the\s+)?"
    r"(?:black\s+friday|cyber\s+monday|good\s+friday|easter|christmas|xmas|thanksgiving|"
    r"new\s+year'?s?(?:\s+eve|\s+day)?|boxing\s+day|labou?r\s+day|memorial\s+day|"
    r"independence\s+day|halloween|prime\s+day|singles'?\s+day)\b|"
    rf"\b\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm)?\s*(?:{_ZONES})\b|"
    r"^[^,;.\n]*\b(?:yesterday|last\s+(?:night|week|month|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|weekend))\s*[.!]?\s*$|"
    r"\b(?:at\s+)?(?:2[4-9]|[3-9]\d):\d{2}\b|\b(?:[01]?\d|2[0-3]):[6-9]\d\b|"
    rf"\bfor\s+(?:the\s+|this\s+|our\s+)?{DAY_NAME}\s+(?:sale|promo\w*|launch|event|peak|rush)\b|"
    r"@\s*\d{1,2}\s*h\b|@\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b(?![\w.%-])",
    re.I,
)
# A deadline said by a named day ("before Black Friday"): met by a change made now, but never
# by a delete (asked, as every time beside one) nor by a schedule read from its weekday word.
_NAMED_DEADLINE = re.compile(
    r"\b(?:by|before)\s+(?:the\s+)?(?:black\s+friday|cyber\s+monday|good\s+friday|easter|"
    r"christmas|xmas|thanksgiving|new\s+year'?s?(?:\s+eve|\s+day)?|boxing\s+day|labou?r\s+day|"
    r"memorial\s+day|independence\s+day|halloween|prime\s+day|singles'?\s+day)\b",
    re.I,
)
# Round 18 (times): "@ 02:00", "@ 5pm" is "at 02:00" — a clock time the plan waits on (clock
# reads it); only "@17h" and the like stay asked.
_AT_SIGN_CLOCK = re.compile(r"@\s*\d{1,2}(?::\d{2}|\s*(?:am|pm))", re.I)


def _awaited_as_said(moment: str, result: PlanResult) -> bool:
    """Whether the plan waits on the clock time of ``moment`` ("@ 02:00" in "@ 02:00")."""
    clock = rx(r"^@\s*").sub("", moment.strip()).lower()
    return bool(result.awaits) and clock in (result.awaits or "").lower()


# "worker@1 through worker@4", "a worker@.service unit": instances of a systemd template unit,
# named, never a time ("@5pm" alone still is one).
_INSTANCES = re.compile(
    r"[\w-]+@\d+\s+(?:through|thru|to|till|until|and|or|-|\.\.)\s+[\w-]+@\d+\b|[\w-]+@\.service\b",
    re.I,
)
# Times the plan must await, said in a form not read: asked when the plan awaits nothing.
_UNAWAITED = re.compile(
    rf"\bon\s+{DAY_SHORT}\.?\b|\(\s*{DAY_SHORT}\.?\s*\)|\b{DAY_SHORT}\.?\s*$|"
    r"\b20\d\d-\d\d-\d\d\b|"
    r"\bbusiness\s+hours\b|\boffice\s+hours\b|\bworking\s+hours\b|"
    r"\b(?:quietest|least\s+busy|lowest\s+traffic|off[\s-]?peak)\b|\bquiet\s+(?:time|hours?|"
    r"period|window)\b",
    re.I,
)
# A clock time said with "at" (:data:`.timewords.AT_CLOCK`: "at 22:00", "at 10pm", "at 7h"): when
# the change runs. ("tonight" is not one: the sealed sets read "traffic doubles tonight, double
# frontend" as now.) Asked when the plan awaits nothing — unless the time is a schedule's (it
# follows "every", "daily", "nightly" …, or the plan makes a Schedule or CronJob: the time is its
# value).
_SCHEDULED = re.compile(
    r"\b(?:every|each|daily|nightly|weekly|hourly|monthly|weekdays?|cron|schedule[ds]?)\b"
    r"[^.;!?\n]{0,40}$",
    re.I,
)
_SCHEDULES = frozenset({"Schedule", "CronJob"})
_PAST = re.compile(
    r"\b(?:was|were|went|had|did|sat|took|got|came|fell|hit|ran|broke|died|\w{2,}ed|"
    rf"{PAST_EVENT})\b",
    re.I,
)
# A period the change is for ("for the weekend", "during the sale", "over the holidays"): the
# change is made now, as the sealed sets read it, and the plan says that nothing ends it.
_PERIOD = re.compile(
    r"\b(?:for|during|over|throughout|through)\s+(?:the|this|our|that)\s+(?:\w+\s+)?"
    r"(?:weekend|sale|holidays?|launch|campaign|promo(?:tion)?|event|peak|rush|demo|"
    r"game\s+day|load\s+test|migration|conference|season|week|night|evening)\b",
    re.I,
)
# A window of a scale ("just for today") whose end is never planned asks; "during the sale" is
# read as now, as the sealed sets read it.
_WINDOW = re.compile(
    r"\bjust\s+for\s+(?:today|tonight)\b",
    re.I,
)
_ISO = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_ICS_START = re.compile(r"^DTSTART(?P<params>[^:\n]*):(?P<value>[^\n]*)$", re.M | re.I)


def _text(result: PlanResult) -> str:
    return json.dumps(
        [
            op.patch if isinstance(op, PatchOp) else op.manifest if isinstance(op, ApplyOp) else {}
            for op in result.operations
        ]
    )


def _schedules(result: PlanResult) -> bool:
    return any(
        isinstance(op, ApplyOp) and op.manifest.get("kind") in _SCHEDULES
        for op in result.operations
    )


def _memory(result: PlanResult) -> bool:
    return '"memory"' in _text(result)


# The day words are judged on: today, unless a day is pinned (:func:`as_of`).
_PINNED: list[dt.datetime] = []


@contextmanager
def as_of(now: dt.datetime) -> Iterator[None]:
    """Judge the times said (a past date, an event's start) as of ``now``, not today: the
    scenario sets are scored as of the day they were written, so a date that was ahead then
    stays ahead (:data:`dotop_nb.evaluation.model.JUDGED_ON`)."""
    _PINNED.append(now)
    try:
        yield
    finally:
        _PINNED.pop()


def today() -> dt.datetime:
    """Now, or the day pinned by :func:`as_of`."""
    return _PINNED[-1] if _PINNED else dt.datetime.now(dt.UTC)


def _ics(said: str, now: dt.datetime) -> str | None:
    if "BEGIN:VEVENT" not in said.upper():
        return None
    if said.upper().count("BEGIN:VEVENT") > 1:
        return "more than one calendar event (VEVENT)"
    for key in ("RRULE", "RDATE", "EXDATE", "DESCRIPTION"):
        if rx(rf"^{key}[;:]", re.M | re.I).search(said):
            return f"the event's {key} line"
    m = _ICS_START.search(said)
    if m is None:
        return "an event with no start (DTSTART)"
    if m.group("params").strip():
        return f"a start with parameters ({m.group('params').lstrip(';')})"
    value = m.group("value").strip()
    try:
        start = dt.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return f"a start not in UTC ({value})"
    if start <= now:
        return f"a start already past ({value})"
    return None


def _said(text: str, number: int) -> bool:
    """Whether the replica count is said in digits ("with 3 replicas") beside a layout of the
    replicas over zones ("3 replicas, one per zone", "zone redundancy … with 3") or words that
    the database replicates ("patroni", "it replicates"): then it is the count. Round 32
    (gap35b): a count alone ("make postgres highly available, 2 replica") is the same second,
    empty database that "a second replica" is, and asks as that does."""
    if rx(rf"(?<![\d.]){number}(?![\d.])").search(text) is None:
        return False
    return _LAID_OUT.search(text) is not None


_CLAUSE_END = re.compile(r"[,;:!?]\s|\.\s|\s(?:but|so|and)\s")
_HEAP = re.compile(r"^(?:heap|xmx)$", re.I)
_CONTAINER_MEMORY = re.compile(r"\b(?:memory|mem|ram|limits?|requests?)\b", re.I)


def _heap_told(text: str) -> bool:
    """Round 12: whether the app's heap is only told ("-Xmx is 200m but the container limit is
    256Mi") while another clause asks the container's memory by its own name ("raise the limit
    to 512Mi"): the heap is then the reason, not what changes. Every disk or heap word must be
    a heap word ("heap", "Xmx") in a statement of what is (:func:`.asides.statement`); a disk,
    a volume or storage said anywhere still asks."""
    from dotop_nb.planner.offline import asides  # noqa: PLC0415 - import cycle

    clauses = [c.strip() for c in _CLAUSE_END.split(text.lower()) if c.strip()]
    told = [c for c in clauses if _DISK.search(c)]
    asked = [c for c in clauses if not _DISK.search(c) and not asides.statement(c)]
    return (
        bool(told)
        and all(_HEAP.match(m.group(0)) for c in told for m in _DISK.finditer(c))
        # "…, the binary heap spikes when Jason encodes the payloads": told of a third thing.
        and all(asides.statement(c) or asides.told(c, _no_names) is not None for c in told)
        and any(_CONTAINER_MEMORY.search(c) for c in asked)
    )


def _no_names(_words: str) -> bool:
    """No workload is named: the heap's clause is read by its grammar alone."""
    return False


def _held(said: str, result: PlanResult, now: dt.datetime, database: bool) -> str | None:
    text = said.replace("\u2019", "'")
    if (ics := _ics(text, now)) is not None:
        return ics
    if _memory(result) and (m := _DISK.search(text)) and not _heap_told(text):
        return (
            f"{m.group(0)!r}: disk, storage, a volume or an app's heap is not container memory "
            "(say 'memory', or the volume/ephemeral-storage change meant)"
        )
    if (
        database
        and (_HA.search(text) or _SURVIVED.search(text))
        and any(isinstance(o, ScaleOp) and not _said(text, o.replicas) for o in result.operations)
    ):
        return (
            "high availability of a database: its extra replicas are empty independent databases "
            "unless it replicates (an operator or replication set-up, or the exact replica count "
            "if it already replicates)"
        )
    if netpol.denies_all(result) and (m := _VAGUE_LOCK.search(text)) and not _ALL_SAID.search(text):
        return (
            f"{m.group(0)!r}: a policy denying all ingress cuts off every caller; which callers "
            "(Services/workloads) should still reach it"
        )
    if (m := _NAMED_DEADLINE.search(text)) and (
        _schedules(result) or any(isinstance(o, DeleteOp) for o in result.operations)
    ):
        return f"{m.group(0).strip()!r}, a time I cannot wait for exactly as meant"
    for m in _NEVER.finditer(_INSTANCES.sub(" ", text)):
        if _AT_SIGN_CLOCK.fullmatch(m.group(0).strip()) and _awaited_as_said(m.group(0), result):
            continue  # "restart orders @ 02:00": "@" is "at", and the plan waits on it (round 18)
        if _DEADLINE_DAY.match(m.group(0)) and _DEADLINE_BEFORE.search(text[: m.start()]):
            # Round 21 (counts): "2 -> 5 before the stores open on Black Friday": the day of a
            # deadline the change is made ahead of, when approved — never a time to wait for.
            continue
        return f"{m.group(0).strip()!r}, a time I cannot wait for exactly as meant"
    # "kubectl scale … # 2026-12-02": a comment filing the command, not when it runs.
    for d in _ISO.finditer(rx(r"\s#\s.*$", re.M).sub("", text)):
        try:
            day = dt.date(int(d.group(1)), int(d.group(2)), int(d.group(3)))
        except ValueError:
            return f"{d.group(0)!r}, not a date"
        if day < now.date():
            return f"{d.group(0)!r}, a date already past"
    if any(isinstance(o, ScaleOp) for o in result.operations) and (m := _WINDOW.search(text)):
        return f"{m.group(0).strip()!r}, a window the scale would neither wait for nor end"
    # ("back up postgres 16:30 Mon-Fri": the days of a schedule the plan makes, its value.)
    weekdays = _schedules(result) and schedules.WEEKDAYS.search(text)
    if not result.awaits and not weekdays and (m := _UNAWAITED.search(text)):
        return f"{m.group(0).strip()!r}, a time the plan does not wait for"
    if not result.awaits and not _schedules(result):
        names = {op.target.name.lower() for op in result.operations}
        for m in AT_CLOCK.finditer(text):
            # Said in the clause of the change (naming what it changes), not beside it ("don't
            # hotfix at 2am: undo the checkout rollout" says how, not when).
            start = max(text.rfind(c, 0, m.start()) for c in ".;:!?\n") + 1
            ends = [i for c in ".;:!?\n" if (i := text.find(c, m.end())) >= 0]
            clause = text[start : min(ends, default=len(text))].lower()
            scheduled = _SCHEDULED.search(text[: m.start()])
            # "my-api went down at 05:22": a report of when something happened.
            reported = _PAST.search(text[start : m.start()])
            changed = any(rx(rf"(?<![\w-]){re.escape(n)}(?![\w-])").search(clause) for n in names)
            # "derby kicks off at 20:00 — take my-api to 6 now": the event's time, not the plan's.
            coming = noorder.coming_event_now(text, m.start(), m.end())
            if scheduled or reported or coming or not changed:
                continue
            return f"{m.group(0).strip()!r}, a time the plan does not wait for"
    return None


def _reads(said: str, result: PlanResult, database: bool) -> str | None:
    """A purpose of serving reads said of a database the plan scales (:data:`_READS`); read
    in the whole message, a pasted command's comment too ("kubectl scale sts postgres
    --replicas 2  # read queries from reporting")."""
    if (
        database
        and (m := _READS.search(said))
        and any(isinstance(o, ScaleOp) for o in result.operations)
    ):
        return (
            f"{m.group(0)!r} served by a database's extra replicas: they are empty independent "
            "databases unless it replicates, so reads sent to them find no data (a read replica "
            "needs replication set up first, e.g. by an operator)"
        )
    return None


def check(
    said: str,
    result: PlanResult,
    *,
    database: bool = False,
    answered: bool = False,
    now: dt.datetime | None = None,
) -> PlanResult:
    """``result``, or a question in its place when the words say something it misreads."""
    if answered or not result.operations:
        return result
    # "kubectl scale … # 2026-12-02": a comment that files a pasted command says no time.
    held = _reads(said, result, database)
    if said.lstrip().lower().startswith("kubectl"):
        said = rx(r"\s#\s.*$", re.M).sub("", said)
    held = held or _held(said, result, now or today(), database)
    if held is None:
        if period := _PERIOD.search(said):
            # "scale frontend to 5 for the weekend": made now, as said; nothing undoes it when
            # the period ends, and the plan says so instead of leaving it unsaid.
            result.risks = [
                *result.risks,
                f"you said {period.group(0).strip()!r}: nothing changes this back when that "
                "ends; ask for the change back then (the recorded prior state is in this "
                "session)",
            ]
        return result
    changes = "; ".join(op.summary() for op in result.operations)
    return result.held_back(
        f"You said {said.strip()!r}, and I read {held}. I would {changes}, which is not "
        "what those words mean. Say exactly what should change (and when) to plan it."
    )
