"""A change-calendar row without a header, read by the role of each cell.

Rule: a row pasted from a change calendar or a sheet ("CHG-2041 | 2026-12-08 02:00 UTC | frontend
| image | ghcr.io/acme/frontend:2.2.0 | approver: M. Ortiz | APPROVED") is said as one request:
its id cell and its approval, risk or priority cells are context (dropped: an approval is no
condition); its date / time / window cells say when the change may run, said last as "at 02:00
UTC on 2026-12-08" (the planner waits on it, :mod:`.clock`); a cell "A → B" is "from A to B"; the
other cells (workload, field, value, action) are said in the row's order, as one clause. A row
whose status holds it back (rejected, cancelled, draft, pending, on hold, TBD) is asked, never
planned. :mod:`.logs` reads the rows with a header row (each cell after its header word).

A ``.ics`` event ("SUMMARY:Restart my-api" with "DTSTART:20261211T060000Z") is read the same way:
its summary is the request, its start when it may run.

Pure text; the guard still reads the values as sent (a '|' or ';' inside a value cell is asked).

Example::

    said(["CHG-2082", "my-api", "imagePullPolicy", "IfNotPresent → Always", "low risk"])
    # 'my-api imagePullPolicy from IfNotPresent to Always'
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import clock
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.timewords import WEEKDAY

# A calendar date: ISO, an iCal stamp, "Tue 8 Dec", "8 Dec", "Dec 8" (:data:`.clock.DAY`), "Sat".
DATE = rf"(?:{clock.DAY}|{WEEKDAY})"
_ZONE = r"(?:\s*(?:utc|z|cet|cest|gmt|bst))?"
# A cell that says only when: a date, a clock time or a window, or both ("not before …" too).
_WHEN = re.compile(
    rf"^(?P<bound>not\s+before\s+|from\s+|after\s+)?(?P<date>{DATE})?[\s,]*"
    rf"(?P<clock>\d{{1,2}}:\d{{2}}{_ZONE})?(?:\s*(?:-|\u2013|\u2014|to)\s*\d{{1,2}}:\d{{2}}{_ZONE})?$",
    re.I,
)
# An id cell: "CHG-2041", "SEC-3", "CHG-2060 (backout of CHG-2049)".
_ID = re.compile(r"^[A-Z][A-Z0-9]{0,7}-\d+\b(?:\s*\([^()]*\))?$")
# Context: approval, risk, priority, urgency — never a condition, never a value.
_CONTEXT = re.compile(
    r"^(?:status\s*:\s*)?(?:approved?(?:\s+by\s+[\w .'-]+)?|approver\s*:?\s*[\w .'-]+|"
    r"(?:[\w.-]+\s+)?(?:ok|okay|lgtm|sign(?:ed)?[- ]off)|signed[- ]off\s+by\s+[\w .'-]+|"
    r"owner\s*:?\s*[\w .'-]+|(?:low|medium|high|minor|major|no)\s+risk|risk\s*:\s*\w+|"
    r"emergency|urgent|immediate(?:ly)?|asap|standard(?:\s+change)?|normal(?:\s+change)?|"
    r"routine|expedited|p[0-4]|sev\s*[0-4]|pre-[a-z][\w-]*|scheduled|confirmed|"
    r"accepted|todo|to\s+do|open|no\s+(?:restart\s+|maintenance\s+|downtime\s+)?window\s+"
    r"(?:needed|required))$",
    re.I,
)
# A status that holds the row back: asked, never planned.
_HELD = re.compile(
    r"^(?:[\w ]{1,30}:\s*)?(?:rejected|declined|denied|cancell?ed|withdrawn|draft|"
    r"pending(?:\s+.*)?|on\s+hold|hold|postponed|deferred|tbd|tbc|proposed|not\s+approved|awaiting\s+.*|"
    r"needs?\s+(?:approval|review|cab)|blocked|under\s+review|in\s+review|\?+|[\u2014\u2013-]+)$",
    re.I,
)
# A title cell: "Env var change request", "Observability backlog", "Restore drill".
_TITLE = re.compile(
    r"(?:\b(?:request|drill|backlog|window|plan|tracker|calendar|sheet|table|gaps?|item|task|"
    r"ticket|row\s*\d*)|:)\s*$",
    re.I,
)
# A cell that names a field only: "image", "memory limit", a camelCase field ("imagePullPolicy").
_FIELD = re.compile(
    r"^(?:image|tag|version|replicas|pods|(?:cpu|mem|memory)\s+(?:request|limit)s?|env(?:\s+var)?|"
    r"[a-z]+(?:[A-Z][a-z]+)+)$"
)
# "min=2", "target=payments": a sheet's setting (a lower-case word of a field, not a variable).
_SETTING = re.compile(
    r"^(target|workload|service|name|app|min|max|cpu|memory|replicas|metric|threshold)\s*=\s*"
    r"([\w.%-]+)$",
    re.I,
)
# "memory request 256Mi (unchanged)", "envoy: unchanged": a cell that says what stays.
_UNCHANGED = re.compile(
    r"^([a-z][\w -]*?[a-z])(?:\s*:)?(?:\s+\d[\w.]*)?\s*\(?(?:unchanged|no\s+change|as\s+is|"
    r"untouched|stays)\)?$",
    re.I,
)
_ARROW = re.compile(r"\s*(?:\u2192|->|=>)\s*")


def status(cell: str, cells: list[str]) -> None:
    """Asks when a status ``cell`` holds its row back (rejected, pending, draft, …)."""
    if _HELD.match(cell.strip()):
        raise Clarify(
            f"I read {cell.strip()!r} in the row {' | '.join(cells)!r}: a change that is not "
            "approved or not decided yet is not planned. Say the change alone when it should "
            "be planned."
        )


_YES = re.compile(
    r"^(?:y|yes|true|ok|okay|approved|done|lgtm|1|\u2713|\u2714|\u2705|x|signed(?:[- ]off)?"
    r"(?:\s+by\s+[\w .'-]+)?|by\s+[\w .'-]+)$",
    re.I,
)


def approved(head: str, cell: str, cells: list[str]) -> None:
    """Asks when an approval column ("approved", "signed off") does not say yes."""
    if not _YES.match(cell.strip()):
        raise Clarify(
            f"I read {head} {cell.strip()!r} in the row {' | '.join(cells)!r}: a change that "
            "is not approved is not planned. Say the change alone when it should be planned."
        )


def when(cell: str) -> str | None:
    """A date / time cell said as the phrase the planner waits on; None when it is none."""
    cell = _dotted(cell)
    if cell and (m := _WHEN.match(cell.strip())) and (m.group("date") or m.group("clock")):
        return _when(m)
    return None


def said(cells: list[str]) -> str:
    """The request a header-less row says (module docstring); asks about a row held back."""
    cells = [_dotted(c) for c in cells]
    for cell in cells:
        status(cell, cells)
    parts: list[str] = []
    when: list[str] = []
    label = ""
    title, colon, first = cells[0].rpartition(": ")
    if colon and _TITLE.search(title) and first:
        # "HPA sheet: target=payments | min=2 | …": the row's label, then its first cell.
        label, cells = f"{title}: ", [first, *cells[1:]]
    elif _TITLE.search(cells[0]) and not _ARROW.search(cells[0]):
        # "Env var change request | payments | …": the row's title, said as a label.
        label, cells = f"{cells[0].rstrip(' :')}: ", cells[1:]
    for cell in cells:
        if _ID.match(cell) or _CONTEXT.match(cell):
            continue
        if cell and (m := _WHEN.match(cell)) and (m.group("date") or m.group("clock")):
            when.append(_when(m))
            continue
        if m := _SETTING.match(cell):
            # "target=payments", "min=2", "cpu=75%": a sheet's setting, said in words.
            named = m.group(1).lower() in ("target", "workload", "service", "name", "app")
            parts.append(m.group(2) if named else f"{m.group(1)} {m.group(2)}")
            continue
        if m := _UNCHANGED.match(cell):
            # "memory request 256Mi (unchanged)": what stays as it is, its value left out.
            parts.append(f"leave the {m.group(1)} alone")
            continue
        if len(_ARROW.findall(cell)) == 1:
            before, after = _ARROW.split(cell)
            head, _, old = before.rpartition(" ")
            parts.append(f"{head} from {old} to {after}".strip())
            continue
        parts.append(cell)
    # A field's cell and its value's cell ("image | ghcr.io/…") make one clause; the other
    # cells are clauses of their own.
    joined: list[str] = []
    for part in parts:
        if joined and _FIELD.match(joined[-1]):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    request = ", ".join(joined)
    line = f"{request}, {' '.join(when)}" if when and request else " ".join([request, *when])
    return label + line


def ticket(cell: str) -> bool:
    """Whether ``cell`` is a change ticket's id ("CHG-2041", "CHG-2060 (backout of …)")."""
    return bool(_ID.match(cell))


# "05.12.2026": a day, month and year written with dots (day first), said as an ISO date.
_DOTTED = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})$")


def _dotted(cell: str) -> str:
    """``cell`` with a dotted day-first date written as ISO ("05.12.2026" → "2026-12-05")."""
    if (m := _DOTTED.match(cell.strip())) and 1 <= int(m.group("m")) <= 12:
        return f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    return cell


def _when(m: re.Match[str]) -> str:
    """A when cell said as a phrase the planner waits on ("at 02:00 UTC on 2026-12-08")."""
    date, time = m.group("date"), m.group("clock")
    bound = "after" if m.group("bound") else ("at" if time else "on")
    if time:
        return f"{bound} {time.strip()}" + (f" on {date.strip()}" if date else "")
    return f"{bound} {date.strip()}"


# An .ics event: "SUMMARY:…" and "DTSTART[;TZID=…]:20261211T060000Z".
_SUMMARY = re.compile(r"^SUMMARY:(?P<what>.+)$", re.M)
_DTSTART = re.compile(r"^DTSTART(?:;[^:\n]*)?:(?P<when>\d{8}(?:T\d{6}Z?)?)\s*$", re.M)
_FILE = re.compile(r"^[\w.-]+\.(?:ics|csv|tsv|xlsx?|txt)\s*$", re.I)


def event(text: str) -> str:
    """An .ics event said as its request, waiting on its start; ``text`` as typed otherwise."""
    summary, start = _SUMMARY.search(text), _DTSTART.search(text)
    if summary is None:
        return text
    if start is None:
        return text
    if rx(r"^STATUS:(?!CONFIRMED)", re.M | re.I).search(text):
        raise Clarify("The event's STATUS is not CONFIRMED: say the change when it is decided.")
    return f"{summary.group('what').strip()}, at {start.group('when')}"


def file_line(line: str) -> bool:
    """Whether ``line`` is only the name of the file the rows were pasted from."""
    return bool(_FILE.match(line))


# "Maintenance calendar, Sun 13 Dec 04:00: rolling restart …", "wave 2 (Thu 21:00): …": a
# calendar entry's day and time said before its request, as its label.
_WHEN_FIRST = re.compile(
    rf"^(?P<label>[^:\n]*?)[\s,]*\(?(?P<day>{DATE})[\s,]+(?P<clock>\d{{1,2}}:\d{{2}}{_ZONE})\)?"
    r"\s*:\s+(?P<rest>[^\n]+)$",
    re.I,
)
# "…:1.1.0; envoy unchanged": what a row keeps as it is, after the change, is a sentence.
_KEPT = re.compile(
    r";\s+(?=[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:unchanged|untouched|stays(?:\s+as\s+is)?|"
    r"as\s+is|no\s+change)\s*\.?\s*$)",
    re.I,
)


def calendar(text: str) -> str:
    """A calendar entry's day and time said after its request's first clause, where the
    planner waits on it ("restart payments, at 04:00 on Sun 13 Dec"); ``text`` otherwise."""
    text = _KEPT.sub(". ", text)
    m = _WHEN_FIRST.match(text)
    if m is None:
        return text
    rest = m.group("rest")
    end = rx(r"\.\s|$").search(rest)
    at = end.start() if end else len(rest)
    when = f", at {m.group('clock').strip()} on {m.group('day').strip()}"
    label = m.group("label").strip(" ,(")
    return f"{label + ': ' if label else ''}{rest[:at]}{when}{rest[at:]}"
