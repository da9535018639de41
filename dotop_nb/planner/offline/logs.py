"""Context pasted around a request — a timeline, an alert, a cost line — read as punctuation.

Rule: shell metacharacters and numbers matter in the tokens that become a VALUE (an image, a
key's value, a name, a count); in the prose AROUND the request they are punctuation and
context. So, before anything else reads the message, only these are rewritten, each where it
cannot be part of a value or a command:

- **a log entry's time mark** ("13:58Z", "14:20 UTC", "T+6m") that opens an entry of an
  incident timeline (at the start, after "; ", ". ", a label's colon or a new line) says when the
  entry was written — past, never a time to wait for — and is dropped when the message holds
  two or more such entries, or when the entry after the mark is an observation rather than an
  order ("14:20 UTC frontend 5xx at 7%", "22:48 the beta flag …"); "23:00 restart payments"
  (a lone mark before an order) is a schedule and stays (the guard's waits read it);
- **a clock time inside an observation** — a sentence whose first word is no verb of change and
  which says what happened or happens ("postgres was CPU-starved during the 03:00 vacuum",
  "went down together at 05:22", "worker idles from 20:00") — is when that happened: dropped
  with its preposition. The request's own sentence keeps its time ("Scale worker to zero at
  20:00" still waits);
- **"; " between log entries** (before a time mark: "… hits 2.4s; 14:03Z …") is a sentence
  end, ". " (between words :mod:`.prose` reads it already);
- **money** ("$63/mo", "$1,200", "($41/mo)", "$140/month") is a cost, never a shell variable
  nor a value of the plan: said as "a cost". "$1", "$(…)", "${X}", "$HOME" stay, asked;
- **a comparison in prose** ("CPU > 90% for 10m", "p99 > 800ms") — a ">" or "<" with spaces
  on both sides and a number after it — is "above" / "below"; a redirect ("> out.txt") stays;
- **"; " after a value ending in a digit** ("…:3.0.2; roll it out") is ", " when an order
  that no shell would run follows it; "…:1.5.0; the old one stays", "…:1;touch x",
  "…; rm -rf /", "; whoami now" stay, asked;
- **measurements before an order** ("lag at 120k msgs. decision: bounce …", "p99 at 2.4s") —
  a number with a unit no field takes as said (%, s, ms, k, x, GB), in a sentence that is no
  order and says nothing wanted, followed by one that is — are what was seen: dropped;
- **a pasted alert** ("[FIRING:1] …", "ALERT …", "Sentry: …", "PagerDuty #…: …") reports
  what was measured up to the arrow or dash before the action (or its first sentence): its
  labels with values, bracketed counts, quoted expressions and measurements are dropped;
  names, versions and images stay (the action may say "roll it out");
- **a severity score** ("CVSS 9.1") is never a version; **a row's number** ("row 22:") is
  where the line was, never a value;
- **table rows** (" | " cells, tabs, or commas under a header row): a header gives each cell
  its role (action first, then the name, a key from its old to its new value, each other cell
  after its header word; a namespace or cluster column is said as "in namespace X", which the
  scope rules ask about); a row without a header is read as its cells, as clauses. A cell a
  shell would run ("| sh", "| kubectl …") leaves the row as typed, asked;
- **a label that files the request** for later or leaves it undecided ("roadmap:", "TBD:",
  "lessons learned:", "next time, …") is asked: no order for now;
- **"there"** pointing back at a place that may be another namespace or cluster ("prod-eu is
  down; scale payments there") is asked, never read as here.

Pure text; everything else is left as typed, for the guard and the rules (and their questions).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from dotop_nb.planner.offline import constraints, diffs, notation, numbers, rows, veto
from dotop_nb.planner.offline import text as T
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.guard import VERBS
from dotop_nb.planner.offline.rx import rx

# An entry's time mark: a clock time (optionally with seconds, "Z" or a zone) or "T+6m".
_MARK = (
    r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*z\b|z\b|\s+(?:utc|gmt|cet|cest|est|pst)\b)?|"
    r"t\s*\+\s*\d{1,3}\s*(?:s|m|min|h)?\b)"
)
# Where an entry starts: the message's start, a sentence end, a label's colon, a new line.
_ENTRY = re.compile(rf"(?:^|(?<=[;.:\n])\s+|(?<=\n))(?P<mark>{_MARK})\s*[,:\-\u2013]?\s+", re.I)
# In a timeline ("T+0 queue depth 80k, T+5m still climbing, T+6m decision: …") entries may
# follow each other after a comma too; read so only when two or more marks are found that way.
_LISTED_ENTRY = re.compile(
    rf"(?:^|(?<=[;.:,\n])\s+|(?<=\n))(?P<mark>{_MARK})\s*[,:\-\u2013]?\s+", re.I
)
# "row 22: worker replicas one → three", "Row 5 (follows row 4, …)": a row's number in a sheet
# is where the line was, never a value.
_ROW = re.compile(r"\b(row|line|item|entry)\s+#?\d{1,4}\b(?!\s*(?:%|replicas?|pods?))", re.I)
# The words of an order at an entry's start (after the mark): a verb of change.
_ORDER = re.compile(
    rf"^(?:please\s+|pls\s+|now\s+)?(?:{VERBS}|take|run|put|pin|switch|move|go|block|fix|kick|"
    r"relax|allow|deny|forbid|spread|pause|resume)\b",
    re.I,
)
# "; " before a time mark ("… 2.4s; 14:03Z …"): a timeline entry ends.
_MEASURED_SEMI = re.compile(rf"(?P<before>\S)\s*;\s+(?={_MARK}\s)", re.I)
# "…:3.0.2; roll it out to payments": "; " after a value, before a clause of words that is no
# command (a shell would run the first word) and holds no other shell character, ends a sentence.
_COMMANDS = (
    r"touch|rm|curl|wget|sh|bash|zsh|dash|ksh|echo|cat|chmod|chown|kill|pkill|killall|nc|ncat|"
    r"socat|telnet|ssh|scp|python\d?|perl|ruby|php|node|eval|exec|sudo|su|mv|cp|dd|mkfs|shutdown|"
    r"reboot|halt|poweroff|kubectl|helm|export|source|id|whoami|ls|env|printenv|ps|uname|nohup|"
    r"xargs|tee|base64|ping|sleep|systemctl|crontab|useradd|passwd|apt|apt-get|yum|pip|npm|awk|"
    r"sed|grep|find|tar|openssl|git|docker|mount|chroot|true|false|yes|exit|alias|trap|unset"
)
# Commands a shell would run as a table cell of their own ("… | sh", "| curl …").
_CELL_COMMANDS = (
    r"sh|bash|zsh|dash|ksh|curl|wget|rm|kubectl|helm|nc|ncat|socat|python\d?|perl|ruby|php|node|"
    r"eval|exec|sudo|su|touch|chmod|chown|kill|pkill|killall|dd|mkfs|shutdown|reboot|halt|"
    r"poweroff|mv|cp|cat|echo|tee|xargs|base64|ssh|scp|telnet|systemctl|crontab|docker|awk|sed|"
    r"tar|openssl|git|mount|chroot|whoami"
)
_VALUE_SEMI = re.compile(
    rf"(?<=\d)\s*;\s+(?!(?:{_COMMANDS})\b)(?=(?:{VERBS}|take|run|put|pin|switch|move|go)\b)"
    rf"(?=[a-z]+(?:'[a-z]+)?\s+[a-z][\w\-]*(?:[\s,.!]"
    r"[^;|&`$<>\\\n]*)?$)",
    re.I,
)
# A sentence of its own (split at ". " and "; ", kept with its end).
_SENTENCE = re.compile(r"((?<=[.;])\s+|\n)")
# A clock time said inside a sentence, with the preposition that ties it to the event.
_CLOCK_IN = re.compile(
    r"(?:\b(?:at|around|about|from|since|until|till|by)\s+|\bthe\s+)?"
    r"(?<![\w.:/-])\d{1,2}:\d{2}(?:\s*z\b|z\b|\s+utc\b)?(?![\w:/]|\.\d)",
    re.I,
)
# What an observation says: a verb of being, of the past, or of something happening.
_OBSERVED = re.compile(
    r"\b(?:was|were|is|are|has|had|went|sat|died|hit|hits|spiked|spikes|fired|fires|idles|"
    r"idled|stops|stopped|failed|fails|ran|runs|peaked|peaks|crashed|noticed|happened|"
    r"occurred|started|began|began|dropped|climbed|climbing|lagged|lags|broke|blocked|"
    r"starved|[a-z]+ed)\b",
    re.I,
)
# Money: a dollar amount with thousands, a rate, or a cost word after it.
_MONEY = re.compile(
    r"(?<![\w$=])\$(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*k?)(?:\.\d{2})?"
    r"(?:\s*/\s*(?:mo|month|yr|year|day|hr|hour|h|wk|week)\b|\s+(?:a|per)\s+(?:month|year|day|"
    r"week|hour)\b|(?=,\d{3})|(?<=\d{3})|(?<=k))?",
    re.I,
)
_RATE = re.compile(r"/\s*(?:mo|month|yr|year|day|hr|hour|h|wk|week)\b|\s(?:a|per)\s", re.I)
_COMPARE = re.compile(r"(?<=[\w)%])\s+(>=|<=|>|<)\s+(?=\d)")
_SAID = {">": "above", "<": "below", ">=": "at least", "<=": "at most"}


def _money(m: re.Match[str]) -> str:
    said = m.group(0)
    digits = rx(r"[^\d]").sub("", said)
    # "$1", "$12" alone could be a shell's argument: only a cost said as one is read.
    if "," in said or _RATE.search(said) or said.rstrip().lower().endswith("k") or len(digits) >= 3:
        return "a cost"
    return said


def _entries(text: str) -> str:
    """``text`` with the time marks of its log entries dropped (see the module docstring)."""
    marks = list(_ENTRY.finditer(text))
    if len(listed := list(_LISTED_ENTRY.finditer(text))) >= 2:
        marks = listed
    if not marks:
        return text
    timeline = len(marks) >= 2
    out, last = [], 0
    for m in marks:
        after = text[m.end() :]
        if not timeline and _ORDER.match(after):
            continue
        out.append(text[last : m.start("mark")])
        last = m.end()
    out.append(text[last:])
    said = "".join(out)
    # Only a log that goes on to an order is read so ("09:30 restarted checkout" reports, and the
    # guard keeps asking about it): an entry, a sentence or a label's clause opens with one.
    parts = rx(r"(?<=[.;,])\s+|\n|:\s+").split(said)
    return said if any(_ORDER.match(p.strip()) for p in parts) else text


# A label before a sentence ("AI-13: ", "Mitigation in progress: ", "T+6m decision: ").
_LABEL = re.compile(r"^\s*(?:[\w\-+]+(?:\s+[\w\-#+]+){0,3}\s*:\s+)?")
# A measurement: a rate, a latency, a ratio, a depth — a number with a unit no field of the plan
# takes as said ("120k msgs", "2.4s", "97%", "14.2x", "1.8GB", "p99=1.9s").
_METRIC = re.compile(
    r"(?<![\w.:/\-])(?:p\d{2}\s*[=:]?\s*)?\d+(?:\.\d+)?\s*(?:%|ms|s|k|x|gb|mb|kb|rps|qps|"
    r"k\s+msgs|msgs|errors?/s|req/s)(?![\w/])",
    re.I,
)
# The same measurement with the direction it moved in ("KPI down to 91%", "errors up by 3%"):
# dropped whole, so no "down to" is left for a reader of the order's direction. ("2 pods at 85%
# CPU" keeps its "at": the live count said at a load, read by numbers.PODS_AT.)
_METRIC_SAID = re.compile(r"(?:\b(?:down|up)(?:\s+(?:to|by))?\s+)?" + _METRIC.pattern, re.I)
# "mediation lag 40 min", "replication behind by 3h", "queue age 25 minutes": how far behind
# something is — a duration measured of a noun, never a time to wait ("wait 40 min", "for 40
# min", "in 40 min" say no such noun and stay).
_BEHIND = re.compile(
    r"\b(?P<noun>lag|lagging|behind|backlog|latency|age)\s+(?:of\s+|at\s+|is\s+|by\s+|~)?"
    r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)(?![\w/])",
    re.I,
)
# A sentence that says what is planned or agreed, or names a change, keeps its time ("We agreed
# to roll it back at 06:00"): it may be the request's own.
_PLANNED = re.compile(
    rf"\b(?:{VERBS}|agreed|agree|plan|planned|planning|will|going|scheduled|schedule|tonight|"
    r"tomorrow|next|should|must|needs?|want|wanted|let|to)\b",
    re.I,
)
# Words that make a sentence say what is wanted, not what was seen.
_WANTED = re.compile(
    r"\b(?:should|must|needs?|has\s+to|have\s+to|want|wanted|let|keep|target|to\s+be|"
    r"please|pls)\b",
    re.I,
)


def _observations(text: str) -> str:
    """``text`` with the clock times and measurements of its observations dropped (see the
    module docstring)."""
    parts = _SENTENCE.split(text)
    if len(parts) < 3:
        return text
    out = []
    for n, part in enumerate(parts):
        out.append(part if n % 2 else _observed(part, parts[n + 2 :: 2]))
    return "".join(out)


def _observed(said: str, following: list[str]) -> str:
    """One sentence ``said`` before the ``following`` ones, with the clock times of what it
    observed and the measurements said before an order dropped."""
    body = _LABEL.sub("", said)
    if _ORDER.match(body):
        return said
    if _CLOCK_IN.search(said) and _OBSERVED.search(body) and not _PLANNED.search(body):
        said = _CLOCK_IN.sub(
            lambda m: "the " if m.group(0).lower().startswith("the") else " ", said
        )
    if (
        (_METRIC.search(said) or _BEHIND.search(said))
        and not _WANTED.search(body)
        and any(_ORDER.match(_LABEL.sub("", p)) for p in following)
    ):
        # "lag at 120k msgs. decision: bounce the worker deployment": what was measured,
        # before the order, is no value of it.
        said = _BEHIND.sub(lambda m: m.group("noun"), _METRIC_SAID.sub(" ", said))
    return rx(r"[ \t]+(?=[.,;]|$)").sub("", rx(r"[ \t]{2,}").sub(" ", said))


# "prod-eu is down; scale payments there to 6": "there" points back at a place said before it.
# When that place may be another namespace, cluster or environment, acting here would change the
# wrong object: asked (a key's ConfigMap, "payments-config … add X there", is no such place).
_THERE = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"\b(?:in\s+|over\s+|out\s+)?there\b"
    r"(?!\s*(?:is|are|was|were|'s|be|will|would|should|must|may|might|can|could|has|have)\b)",
    re.I,
)
_PLACE = re.compile(
    r"\b(?:namespaces?|clusters?|prod(?:uction)?|staging|stage|dev|qa|uat|regions?|zones?|"
    r"env(?:ironment)?s?|datacenters?|dc|site)\b|\b[a-z]+-(?:eu|us|ap|asia|east|west|north|"
    r"south|central)(?:-?\d)?\b|\b(?:eu|us|ap)-[a-z]+(?:-\d)?\b",
    re.I,
)


def elsewhere(text: str) -> None:
    """Ask when "there" points back at a place that may be another namespace or cluster."""
    for m in _THERE.finditer(text):
        if place := next(reversed(list(_PLACE.finditer(text[: m.start()]))), None):
            raise Clarify(
                f"I read {m.group(0).strip()!r} after {place.group(0)!r}: if the change is for "
                f"{place.group(0)!r}, this session works in its own namespace only and never acts "
                "elsewhere. Name the workload and say it is here, or open a session there."
            )


# Table rows: cells split at " | " (spaces around: "a|b" inside a token stays, asked), at a tab,
# or, under a header row, at ",". A header names each cell's role; without one, a pipe row's
# cells are its clauses ("CHG-2041 | frontend | image | …:2.2.0" → "CHG-2041, frontend, …").
_PIPE = re.compile(r"\s+\|\s+|^\|\s+|\s+\|$|^\|$")
_ROLE_NAME = frozenset(
    "service workload target name deployment app application object resource component".split()
)
_ROLE_ACTION = frozenset("action change fix remediation operation op task verb".split())
_ROLE_KEY = frozenset("key setting field variable var env".split())
_ROLE_VALUE = frozenset("value new to want wanted desired proposed after".split())
_ROLE_OLD = frozenset("old from current was have before existing live".split())
# A header row's status cell says whether the row may be planned (held back: asked, rows.py)
# and its date / time / window cell when it may run (said last, awaited as a pipe row's).
_ROLE_STATUS = frozenset("status state approval decision cab".split())
_ROLE_APPROVED = frozenset("approved signed-off signoff sign-off ok go cab-approved".split())
_ROLE_WHEN = frozenset("date day time when window start scheduled schedule".split())
_ROLE_PLACE = frozenset(
    "ns namespace cluster context env environment region zone site stage".split()
)
_ROLE_SKIP = frozenset(
    "id control ref ticket chg row # no status approver owner note notes".split()
)


def _cells(line: str, comma: bool, width: int = 0) -> list[str] | None:
    """The cells of a table row, or None when ``line`` is no row."""
    if "\t" in line:
        cells = line.split("\t")
    elif len(_PIPE.findall(line)) >= 2 or (line.strip().startswith("|") and _PIPE.search(line)):
        cells = _PIPE.split(line.strip())
    elif line.count(" / ") >= 3:
        # "orders / app / cpu request 200m → 300m / …": a row written with slashes.
        cells = line.split(" / ")
    elif (
        comma
        and "," in line
        and (" " not in line.replace(", ", ",") or width == line.count(",") + 1)
    ):
        cells = line.split(",")
    else:
        return None
    cells = [c.strip() for c in cells]
    while cells and not cells[0]:
        cells.pop(0)
    while cells and not cells[-1]:
        cells.pop()
    # "… | sh", "| kubectl …": a cell a shell would run is never made a clause of prose.
    # A change ticket's row may hold the kubectl command it runs ("CHG-1 | checkout | kubectl
    # rollout undo | approved"): that cell is the request (rows.py), any other command is not.
    ticket = len(cells) >= 3 and rows.ticket(cells[0])
    if any(
        rx(rf"(?:{_CELL_COMMANDS})(?![\w\-.])", re.I).match(c)
        and not (ticket and rx(r"kubectl\s+[a-z]").match(c))
        for c in cells
    ):
        return None
    return cells if len(cells) >= 2 else None


def _row(header: list[str], cells: list[str]) -> str:
    """A data row said with its header's roles: the action first, then the name, a key's old
    and new value, and each other cell after its header word."""
    action, names, key, old, new, rest, when = "", [], "", "", "", [], []
    roles = {h.strip().lower() for h in header}
    for head, cell in zip(header, cells, strict=True):
        role = head.strip().lower()
        if role in _ROLE_STATUS:
            rows.status(cell, cells)
            continue
        if role in _ROLE_APPROVED:
            # "approved: no", "signed off: false": only a yes lets the row be planned.
            rows.approved(head.strip(), cell, cells)
            continue
        if role in _ROLE_WHEN and cell:
            when.append(rows.when(cell) or f"{head.strip()} {cell}")
            continue
        if role == "target" and roles & _ROLE_OLD:
            # "workload,current,target": the target column is the value, not the name.
            new = cell
        elif role in _ROLE_ACTION:
            action = cell
        elif role in _ROLE_NAME or role in ("configmap", "kind"):
            names.append(cell)
        elif role in _ROLE_KEY:
            key = cell
        elif role in _ROLE_OLD:
            old = cell
        elif role in _ROLE_VALUE:
            new = cell
        elif role in _ROLE_PLACE:
            # "ns,workload,action / staging,payments,restart": where, said as where (scope asks).
            rest.append(f"in {role} {cell}")
        elif role in _ROLE_SKIP or rx(r"[a-z]+-\d+", re.I).fullmatch(cell):
            continue
        else:
            rest.append(f"{head.strip()} {cell}")
    if not action and {"min", "max"} <= {h.strip().lower() for h in header}:
        # "workload | min | max | metric": a sheet of bounds is an autoscaler's (rows.py).
        action = "autoscale"
    verb, _, how = action.partition(" ")
    if names and rx(r"(?:to|by|from|up|down)\b").match(how):
        # "scale to 4" of orders: "scale orders to 4" (the count is no part of the name).
        said = f"{verb} {' '.join(names)} {how}"
    else:
        said = " ".join(p for p in (action, " ".join(names)) if p)
    if key:
        said += f", {key} {'from ' + old + ' ' if old else ''}to {new}" if new else f", {key}"
    elif new:
        said += f" {'from ' + old + ' ' if old else ''}to {new}"
    return ", ".join(p for p in (said.strip(" ,"), *rest, " ".join(when)) if p)


def _tables(text: str) -> str:
    """``text`` with its table rows said as clauses (see :data:`_PIPE`)."""
    lines = text.split("\n")
    out: list[str] = []
    header: list[str] | None = None
    for n, line in enumerate(lines):
        cells = _cells(
            line, comma=header is not None or n + 1 < len(lines), width=len(header or ())
        )
        if cells is None:
            header = None
            out.append(line)
            continue
        if header is not None and len(header) == len(cells):
            out.append(_row(header, cells) + ".")
            continue
        following = (
            _cells(lines[n + 1], comma=True, width=len(cells)) if n + 1 < len(lines) else None
        )
        if (
            following is not None
            and len(following) == len(cells)
            and all(rx(r"[a-z][\w# ]*", re.I).fullmatch(c) for c in cells)
        ):
            header = cells
            continue
        header = None
        # "CHG-2041 | 2026-12-08 02:00 UTC | frontend | …": a row read by its cells' roles.
        piped = "\t" in line or _PIPE.search(line) or " / " in line
        out.append(rows.said(cells) if piped and len(cells) >= 3 else ", ".join(cells))
    return "\n".join(out)


# A pasted alert: its source before what it reports, then the action after an arrow or a dash.
_ALERT = re.compile(
    r"^\s*(?:\[(?:firing|resolved|warning|critical|alert|info)(?::\d+)?\]|alert\b|"
    r"(?:alertmanager|pagerduty|grafana|falco|hubble|kyverno|trivy|sentry|dependabot|datadog|"
    r"opsgenie)\b)",
    re.I,
)
_ACTION_AFTER = re.compile(r"\s+(?:\u2192|->|=>|-|\u2013|\u2014)\s+")
# What an alert measured: a label or a metric with its value, a bracketed count, a number with
# its unit ("98%", "20m", "1.8GB", "0/1", "14.2x") — never a version or an image, kept.
_MEASURE = re.compile(
    r"\[[a-z]+(?::\d+)?\]|#\w+|\b[\w.]+=\S+|\([^()]*\d[^()]*\)|"
    r"(?<![\w.:/\-])(?!v?\d+\.\d+\.\d+)\d[\d.,/]*(?:[a-z%]{1,3})?(?![\w.:/\-])",
    re.I,
)
# A severity score ("CVSS 9.1", "CVSS v3.1 7.5", "CVSS:3.1 8.8"): context, never a version.
_SCORE = re.compile(
    r"\bcvss(?:\s*:?\s*v?\d(?:\.\d)?(?=\s))?\s*(?:score\s*)?[:=]?\s*\d{1,2}(?:\.\d)?\b", re.I
)


def _alert(text: str) -> str:
    """A pasted alert's report with its measurements dropped, then its action (module
    docstring): "[FIRING:1] RedisMemoryHigh used_memory=1.8GB → restart …" → "RedisMemoryHigh.
    restart …"."""
    if not _ALERT.match(text):
        return text
    # The action follows the first arrow that leads into an order ("flow frontend → postgres
    # → block it"), else the first arrow, else the report's first sentence ends it.
    arrows = list(_ACTION_AFTER.finditer(text)) or list(rx(r"(?<=\.)\s+(?=\S)").finditer(text))
    if not arrows:
        return text
    arrow = next((a for a in arrows if _ORDER.match(text[a.end() :])), arrows[0])
    head, action = text[: arrow.start()], text[arrow.end() :]
    # The alert's own words (its quoted name or expression) are what it reports, too.
    head = rx(r"'[^']*'|\"[^\"]*\"").sub(" ", head)
    head = rx(r"\s{2,}").sub(" ", _MEASURE.sub(" ", head)).strip(" ,.:;")
    return f"{head}. {action}" if head else action


# A label that files what follows for later or leaves it undecided ("NOTE TO SELF:", "roadmap:",
# "Backlog:", "TBD:", "lessons learned:", "for next time:", "next time, …", "in future, …"):
# what follows is no order for now, whatever it says — asked, never planned. (A label that names
# the order, "Mitigation:", "Decision:", "AI-13:", is read as the request.)
_FILED = re.compile(
    r"^\W*(?:note\s+to\s+(?:self|me)|memo|long[- ]term|future(?:\s+work)?|roadmap|"
    r"backlog(?:\s+item)?|nice[- ]to[- ]have|under\s+review|tbd|tbc|lessons?\s+learn(?:ed|t)|"
    r"take-?aways?|(?:for\s+)?(?:the\s+)?next\s+time|in\s+(?:the\s+)?future|wish-?list|someday|"
    r"ideas?|parking\s+lot|proposal|proposed|draft|later|"
    # Round 19 (attack): a to-do filed for a later time ("TODO later:", "TODO next sprint:",
    # "todo tomorrow:", "Task for next week:", "Action item (Q3):").
    r"(?:todo|to-?do|tasks?|action\s+items?|chore|fixme)\s*\(?\s*(?:(?:for|by|in|on)\s+)?"
    r"(?:(?:the\s+)?(?:later|someday|eventually|soon|tomorrow|next\s+\w+|this\s+(?:week|"
    r"sprint|month|quarter|cycle)|q[1-4]|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)))\s*\)?\s*(?::|,|\s-\s)",
    re.I,
)


def filed(text: str) -> None:
    """Ask when a label files the request for later or leaves it undecided (see :data:`_FILED`)."""
    if m := _FILED.match(text):
        raise Clarify(
            f"I read {m.group(0).strip(' ,:-')!r} before the change: that files it for later or "
            "leaves it undecided, so I planned nothing. Say the change alone when it should be "
            "planned now."
        )


# Round 36 (attack41): a label that makes what follows no order for now — a ban or a freeze
# on changes ("change freeze:", "Restarts are frozen:", "read-only today:", "do nothing:", "no
# action:", "we're in blackout."), a note that it is not the writer's order ("NO:",
# "carol's take:", "not my call:", "?:"), a report of where or when it was done ("last week we
# did:", "in staging we did:", "prod-eu:"), a musing ("random thought:", "🤔"), or praise of
# someone's act ("👍 restart worker"; in words, "well done on the worker restart", doubts.py):
# asked, never planned. ("suggestion:", "nit:", "blocking:" alone are the writer's own label:
# planned; so is a plain "TODO:", the intents set's "TODO: tear down orders - …".)
_FREEZE = (
    r"(?:(?:change|code|deploy(?:ment)?|release|prod(?:uction)?|maintenance)\s+)?"
    r"(?:freeze|moratorium)(?:\s+(?:in\s+effect|is\s+on|on\s+changes))?|"
    r"moratorium\s+on\s+\w+|freeze\s+in\s+effect|"
    r"(?:restarts?|changes?|deploys?|deletes?|scal(?:es?|ing))\s*(?:are\s+|is\s+)?"
    r"(?:frozen|banned|forbidden|off|blocked|paused|:\s*none)|"
    r"zero\s+(?:restarts|changes|deploys)|no-?\s*(?:restart|change|deploy)s?\s+policy|"
    r"hands\s+off\s+(?:everything|configs?|all)|"
    r"read[- ]?only(?:\s+(?:today|mode|now|day))?|ro\s+mode|"
    r"(?:we'?re\s+in\s+(?:a\s+)?)?blackout(?:\s+window)?|"
    r"(?:do|touch|change)\s+nothing|(?:don'?t|do\s+not)\s+touch\s+anything|"
    r"look\s+but\s+don'?t\s+touch|(?:observe|monitor|watch|read|look)\s+only|just\s+watching|"
    r"(?:take\s+)?no\s+actions?(?:\s+(?:today|now|needed))?|nothing\s+to\s+do|"
    r"nop|no-?\s?op|null\s+op|no\s+ops\s+today"
)
_NOT_MINE = (
    r"no|nope|not\s+my\s+call|strong(?:ly)?\s+disagree|devil'?s\s+advocate|"
    r"from\s+the\s+retro|(?:\w+'s\s+)?(?:take|view|opinion)|dry\s+thought|"
    r"(?:idle|random|dry|stray)\s+thoughts?|ticket\s+idea|h+m+\s+maybe|do\s+we\s+need\s+to|"
    r"\?+|"
    r"(?:(?:last|this)\s+(?:week|month|sprint|night|time)|yesterday|earlier|"
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|in\s+(?:staging|prod(?:uction)?|dev|qa|"
    r"test))\s+we\s+did|we\s+should\s+have|should'?ve|"
    r"prod-[a-z]{2,}\d?|in\s+the\s+other\s+(?:namespace|cluster)|"
    r"(?:mad\s+)?props|kudos|shout-?out"
)
_NO_ORDER_LABEL = re.compile(
    rf"^\W*(?:(?:{_FREEZE})\s*(?::|\.(?=\s)|\s[\u2014\u2013]\s)|"
    rf"(?:{_NOT_MINE})\s*(?::|\s[\u2014\u2013]\s))|"
    r"^\s*[\U0001f914\U0001f937\U0001f319\U0001f44d\U0001f389\U0001f525]",
    re.I,
)
# After the order: a review note or a musing ("restart worker — nit", "restart worker
# (from the retro)", "restart worker 🤔"). (A step or a phase, "Phase 3:", is a list's label:
# planned, test_offline_r11_labels.)
_NO_ORDER_TAIL = re.compile(
    r"(?:[,\u2014\u2013]|\s-)\s*(?:nit|not\s+my\s+call|per\s+the\s+retro)\s*$|"
    r"[\[(]\s*(?:nit|blocking|from\s+the\s+retro)\s*[\])]\s*$|"
    # (A trailing 👍 or 🔥 is the writer's own nod or urgency: "autoscale payments min 2 max 6
    # 👍", "revert checkout to 1.0.0, errors are spiking 🔥" stay planned.)
    r"[\U0001f914\U0001f937\U0001f319]\W*$",
    re.I,
)


def unordered(text: str) -> None:
    """Ask when a label or a remark makes the request no order (see :data:`_NO_ORDER_LABEL`)."""
    if m := _NO_ORDER_LABEL.match(text) or _NO_ORDER_TAIL.search(text):
        raise Clarify(
            f"I read {m.group(0).strip(' ,:-.')!r} with the change: that bans it, reports it, "
            "praises it or leaves it to someone else, so I planned nothing. Say the change "
            "alone when it should be planned now."
        )


# --- A label in front of the request, an open checklist item (round 11, helper labels) -----
#
# Rule: the words before the first colon, when they are a short label (at most three
# comma-separated parts of a few words, no verb of change, no place, time, condition, negation,
# deletion or stop, no "=", "/" or countdown, and every
# number in them the id of the word before it: "Release 2026.12.1, step 6:", "Reliability, rec
# 2:", "Back-out plan, release 47:"), only say where the request stands in a list: the label is
# context, dropped for the readers and blanked for accounting.py, so its numbers are never read
# as a version, a count or a revision ("release" never as an update); veto.py still reads the
# words as sent. An open
# checklist item ("- [ ] ship frontend 2.2.0", "* [ ] …", "[ ] …", "☐ …") pasted in is a request
# (the plan is still approved by a person): its box is dropped, unless an item deletes, rolls
# back or stops something — then the box stays and recorded.py asks, as for a note.

# A number in a label is the id of the word before it by the general rule of attachment
# (numbers.attached: "lab 3", "week 2", "step 6", with the live names: "payments 4:" is no
# label); these words are ids in a label although the rule reads a value after them elsewhere
# ("Release 48:", "priority 1:", "number 3:"). Without the live names, only the words that
# always number an item are ids (_ALWAYS_ID).
_ID_WORD = r"release|priority|number"
# A label that names a claim ("hypothesis 2: 3 replicas of payments survive a drain") or one
# choice of several: what follows is a claim to test or a choice, never plainly a request — the
# label is not dropped.
_CLAIM = re.compile(
    r"\b(?:hypothes[ie]s|assumptions?|claims?|theory|theories|predictions?|expectations?|"
    r"questions?|ideas?|"
    # "Choice 2:", "Alternative 2:", "Draft 2:": one of several, or not final — never dropped.
    r"choices?|options?|alternatives?|proposals?|drafts?|variants?|suggestions?|"
    r"candidates?|examples?|samples?|approach(?:es)?)\b",
    re.I,
)
_ALWAYS_ID = re.compile(
    r"\b(?:rel|rec|recommendation|step|item|phase|stage|part|task|point|wave|round|milestone|"
    r"sprint|ticket|finding|issue|section|action|gate|check|no|nr|experiment|drill|scenario|"
    r"exercise|trial)\.?\s*#?\d+(?:\.\d+)*(?![\w.\-/%])",
    re.I,
)
_LEADING = re.compile(r"^(?P<label>[^:\n]{1,60}?):\s+(?=\S)")
_LABEL_NUMBER = re.compile(
    rf"\b(?:{_ID_WORD})\.?\s*(?P<id>#?\d+(?:\.\d+)*)(?![\w.\-/%])"
    r"(?!\s*(?:replicas?|pods?|instances?|copies|x\b|times\b|cpus?\b|cores?\b|[mkg]i?b?\b))",
    re.I,
)
_ANY_NUMBER = re.compile(r"\d")
_COUNTDOWN = re.compile(r"\b[td]\s*[-+\u2212\u2013]\s*\d|\bt\s*minus\b", re.I)
_OPEN_BOX = re.compile(r"^(?P<lead>[ \t]*)(?:[-*+][ \t]*)?\[ \][ \t]*|\u2610[ \t]*", re.M)
# What the veto reads as a delete or a rollback (veto.py), said in an item.
_UNDONE = re.compile(rf"\b(?:{veto.DELETE_WORDS}|{veto.ROLLBACK_WORDS})\b", re.I)


def _words(parts: list[str]) -> list[str]:
    """The parts of a label, each without its hyphenated words ("Back-out plan" is a noun)."""
    return [rx(r"\w+(?:-\w+)+").sub(" ", p).strip() for p in parts]


def label_end(text: str, names: Iterable[str] | None = None) -> int:
    """Where the leading label of ``text`` ends (its colon and the space after it), or 0 when
    ``text`` opens with none (see the rule above); ``names`` are the live objects' names."""
    m = _LEADING.match(text)
    if m is None:
        return 0
    label = m.group("label")
    parts = label.split(",")
    if (
        len(parts) > 3
        or any(not p.strip() or len(p.split()) > 4 for p in parts)
        or rx(r"[=/@\[\]()]").search(label)
        or _COUNTDOWN.search(label)
        or _WHEN.search(label)
        or _ELSEWHERE.search(label)
        or _KEEPS.search(label)
        or _DESTROY.search(label)
        or _STOPPED.search(label)
        or _AHEAD.search(label)
        or _CLAIM.search(label)
        or rx(r"\b(?:not?|never|n't|except|but|only|unless|without)\b", re.I).search(label)
        or any(_ORDER.match(w) or _MORE_ORDERS.match(w) for w in _words(parts))
    ):
        return 0
    # (Each part read on its own, its hyphenated words left out: "Pre-release step 1".)
    words = ", ".join(_words(parts))
    ids = _LABEL_NUMBER.sub(" ", words)
    blanked = numbers.attached(ids, names) if names is not None else _ALWAYS_ID.sub(" ", ids)
    if blanked == words or _ANY_NUMBER.search(blanked):
        return 0
    return m.end()


def unlabelled(text: str, names: Iterable[str] | None = None) -> str:
    """``text`` without its leading label (see the rule above)."""
    return text[label_end(text, names) :]


def opened(text: str) -> str:
    """``text`` with the boxes of its open checklist items dropped (see the rule above)."""
    if not _OPEN_BOX.search(text) or _UNDONE.search(text) or _STOPPED.search(text):
        return text
    if rx(r"(?<![\w.:\-])0(?![\w.:])|\b(?:zero|none|nothing|off)\b", re.I).search(text):
        # "- [ ] payments 0 replicas": a count of zero, a switch off.
        return text
    return _OPEN_BOX.sub(lambda m: m.group("lead") or "", text)


def read(text: str, names: Iterable[str] | None = None) -> str:
    """``text`` with the context around its request said as punctuation (module docstring);
    ``names`` are the live objects' names, when known."""
    elsewhere(text)
    filed(text)
    unordered(text)
    # A diff's lines are read before a checklist's boxes ("- [ ] …" is no removed line).
    text = unlabelled(opened(diffs.read(text)), names)
    # "3 ≤ replicas ≤ 9", "n = 2 ⇒ n = 5", "replicas ← replicas + 1": a count in shorthand.
    text = notation.read(text)
    said = _COMPARE.sub(lambda m: f" {_SAID[m.group(1)]} ", _SCORE.sub("CVSS", text))
    said = _alert(said)
    said = _tables(rows.calendar(rows.event(said)))
    said = _ROW.sub(lambda m: m.group(1), said)
    said = _MONEY.sub(_money, said)
    said = _MEASURED_SEMI.sub(lambda m: f"{m.group('before')}. ", said)
    said = _VALUE_SEMI.sub(", ", said)
    said = _entries(said)
    said = _observations(said)
    return numbers.of_them(said)


# --- The request's own words, apart from the report before it (round 11, helper focus) -------
#
# Rule: a message that reports before it asks ("14:20 UTC frontend 5xx at 7%, all three pods
# hot. Mitigation: add two more frontend pods.", "SR-09 (Medium): worker runs with a writable
# root filesystem. Make it read-only.", "… → put a PodDisruptionBudget on my-api") is split
# into its CONTEXT — the sentences and clauses before the first one that asks (an order verb,
# a prohibition, a wish, or what a decision label such as "Mitigation:" or "AI-2:" introduces)
# — and its DIRECTIVE, that one and all after it. Context that only says how things are or were
# is dropped, so its numbers, negations, past times and category words are never read as the
# request's; a workload it names is lent to a directive that names none ("… Make it read-only"
# → "worker. Make it read-only."). Nothing is dropped — the message stays as said, and the
# readers after ask as before — when a context piece could change what is done: it names a
# place (another namespace, cluster or environment), says a deletion or a stop, asks or
# wishes something, forbids or keeps something ("leave …", "out of scope"), says a time or a
# condition that is not past or habitual ("the freeze lifts at 17:00", "until …"), or when a
# pronoun of the directive may point at a value the context holds (an image, a version) or at
# one of several workloads it names. The words as sent still reach veto.py.

_PIECES = re.compile(
    r"(?<=[.;!?])\s+(?=\S)|\n+|\s+(?:\u2192|->|=>)\s+|\s+[\-\u2013\u2014]\s+|"
    r"(?<=[\w)\]])\s*:\s+|,\s+(?=\S)(?![^()]*\))"
)
# What a decision label introduces is the request whatever its first word ("T+6m decision:
# worker goes from one replica to four"); an item's id ("AI-2:", "SR-09 (Medium):") labels the
# whole item, report first.
_DECIDED = re.compile(
    r"(?:\b(?:mitigation|decision|action|fix|remediation|resolution|"
    r"(?:stabili[sz]ation\s+|next\s+)?step)"
    r"(?:\s+(?:in\s+progress|taken|agreed))?)\s*$",
    re.I,
)
# A prohibition or a constraint opens the request too (it must be read with it).
_OPENS = re.compile(r"^(?:don'?t|do\s+not|never|leave|keep|only|no\s+more|just|make|let)\b", re.I)
# A constraint anywhere in a piece: never context, whatever else it says.
_KEEPS = re.compile(
    rf"\b(?:untouched|unchanged|out\s+of\s+scope|not\s+part\s+of|stays?|leave|"
    rf"(?:don'?t|do\s+not|must\s+not|should\s+not|shouldn'?t|never)\s+(?:touch|modify|{VERBS})|"
    r"no\s+change|"
    # (Round 32, a36a: "Not pdb/orders.", "pdb/orders: hands off." rule an object out.)
    r"hands\s+off|off[\s\-]limits|excluded)\b|^\W*not\s+(?!(?:sure|yet|now|much|many|a\s+lot)\b)",
    re.I,
)
# A place that may be another namespace, cluster or environment.
_ELSEWHERE = re.compile(
    r"\b(?:namespaces?|clusters?|prod(?:uction)?|staging|stage|dev|qa|uat|env(?:ironment)?s?|"
    r"datacenters?|region)\b|\b[a-z]+-(?:eu|us|ap|asia|east|west|north|south|central)(?:-?\d)?\b",
    re.I,
)
_DESTROY = re.compile(
    r"\b(?:delet\w*|remov\w*|drop\w*|destroy\w*|decommission\w*|purg\w+|wip\w+|tear\w*\s+down|"
    r"teardown|uninstall\w*|nuk\w+|retir\w+|disabl\w+)\b",
    re.I,
)
# A stop or a zero: context only when said of the past ("went to zero ready pods").
_STOPPED = re.compile(
    r"\b(?:shut\w*\s+down|turn\w*\s+off|zero|to\s+0|scale[ds]?\s+down|stop\w*|pause\w*|"
    r"kill\w*)\b",
    re.I,
)
_ASKS = re.compile(
    r"\?|\b(?:should|must|needs?|has\s+to|have\s+to|want|wants|wanted|please|pls|let'?s|"
    r"(?:would|could|can)\s+(?:we|you|someone|somebody|u)|to\s+be|ought)\b",
    re.I,
)
# Said of the future, or a condition to wait for.
_AHEAD = re.compile(
    r"\b(?:will|shall|gonna|going\s+to|tomorrow|tonight|later|soon|next|upcoming|pending|"
    r"until|till|unless|if|once|as\s+soon\s+as|freeze|window|scheduled|planned|then|gets|"
    r"becomes?|goes\s+to|moves?\s+to|instead)\b|'ll\b",
    re.I,
)
# A time or a condition that is fine only when past or habitual.
_WHEN = re.compile(
    r"\b(?:when|whenever|while|after|before)\b|\d{1,2}:\d{2}|\b\d{1,2}\s*(?:am|pm)\b|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s)?\b|\b\d{4}-\d{2}-\d{2}\b|\bt\s*\+\s*\d|"
    r"\b(?:morning|evening|afternoon|night|tonight|today|weekend|midnight|noon|eod|overnight|"
    r"hour|minute|now|asap)\b",
    re.I,
)
# A condition said first, as the head of the request ("when CI succeeded: …", "after it's
# merged: …", "on approval: …").
_WAIT_HEAD = re.compile(
    r"\W*(?:when|whenever|after|once|as\s+soon\s+as|upon|on|if)\s+(?!(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day\b|\d)[^:\n]{1,40}:\s",
    re.I,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|went|ran|died|hung|broke|got|fell|took|came|began|saw|"
    r"last\s+(?:night|week|month|time)|yesterday|earlier|ago|this\s+morning|"
    r"(?!(?:need|feed|speed|seed|shed|bed|red|embed)\b)\w{2,}ed)\b|\bt\s*\+\s*\d",
    re.I,
)
_HABIT = re.compile(
    r"\b(?:every|each|daily|nightly|weekly|hourly|usually|always|often|regularly|routinely)\b",
    re.I,
)
# A pronoun of the directive pointing back at what the context said.
_IT = re.compile(r"\b(?:it|its|it's)\b", re.I)
_BACK = re.compile(
    r"\b(?:them|their|they|there|those|these|both|same|former|latter)\b|"
    r"\b(?:that|this|those|these)\b(?!\s+(?:alerts?|fires?|warns?|pages?|runs?|is|are|was|were|"
    r"has|have|keeps?|makes?|can|will|would|should|must|may|might|does|did|blocks?|scrapes?|"
    r"stays?|selects?|matches?|reads?|holds?|goes|exceeds?|uses?|allows?|only)\b)|"
    r"\b(?:one|ones)\b(?!\s+(?:more|less|extra|additional|replica|replicas|pod|pods|at|per|"
    r"of|[a-z][\w\-]*\s+(?:pod|replica)))",
    re.I,
)
# A value a pronoun could stand for: an image, a version, a KEY=value.
_VALUE = re.compile(
    r"(?<![\w.\-/])[a-z][\w.\-/]*:[\w.\-]*\d[\w.\-]*|\bv?\d+\.\d+(?:\.\d+)?\b|\b[A-Z_]{2,}=\S+"
)
# A report whose words never order ("Postmortem: …") is context only beside an action item.
_NARRATIVE = re.compile(r"^\W*(?:post-?mortem|incident\s+report|timeline|changelog|retro)\b", re.I)
_ACTION_ITEM = re.compile(r"\b(?:ai-?\d+|action\s+items?|finding|follow-?up|remediation)\b", re.I)


def _named(names: frozenset[str], said: str, prefix: bool = False) -> set[str]:
    """The workloads of ``names`` that ``said`` names (``prefix``: "my-api-config" names
    my-api too)."""
    tail = r"(?![\w/])" if prefix else r"(?![\w\-/])"
    return set(T.said_names(said, names, tail))


# More verbs that open an order here than the guard's: a piece that starts with one is never
# context ("Restore drill | postgres | …" is the request as typed).
_MORE_ORDERS = re.compile(
    r"^(?:please\s+|pls\s+|now\s+)?(?:restore|triple|double|halve|quadruple|give|spread|pin|"
    r"stop|start|rotate|reduce|cut|shrink|grow|bring|trim|lift|cap|run|put|switch|move|go|"
    r"execute|do|use|turn|schedule|upsize|downsize|rollout|redeploy|resize|replace|attach|"
    r"label|annotate|mount|protect|require|assign|allow|deny|block|fix|kick|relax|pause|resume|"
    r"prove|ensure|verify|check|test|take|cordon|drain|evict|migrate|expand|increase|move|"
    r"tighten|loosen|lock|harden|open|close|isolate|restrict|limit|cap|bound|permit)\b",
    re.I,
)


def _asks(piece: str, label: str) -> bool:
    """Whether ``piece`` (after ``label``, the piece before it when that is a label) opens the
    request."""
    body = _LABEL.sub("", piece).strip()
    return bool(
        _ORDER.match(body)
        or _MORE_ORDERS.match(body)
        or _DECIDED.search(label)
        or _OPENS.match(body)
        or (_ASKS.search(body) and len(body.split()) >= 3)
    )


# An order that takes the report as its spec ("… a node reboot and the queue stalls. fix it").
_GENERIC = re.compile(
    r"^(?:please\s+|pls\s+|now\s+)?(?:fix|remediate|address|resolve|handle|sort|deal|mitigate|"
    r"correct|tackle|solve|do)\b",
    re.I,
)
# Where a sentence ends: the request must start at one, or the message must hold one before it.
_SENTENCE_END = re.compile(r"[.;!?:]\s*$|(?:\u2192|->|=>|\s[\-\u2013\u2014])\s*$|\n\s*$")


# What a statement says: a verb of being, of the past or of something happening, a measurement,
# how a workload is ("hot", "wedged") or a negation of the state ("nobody got paged").
_STATE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|runs|uses|accepts|ships|averages|requests|costs|keeps|"
    r"serves|served|lacks|fires|spikes|hot|slow|down|idle|busy|stuck|wedged|degraded|"
    r"unhealthy|flapping|saturated|throttled|pegged|full|behind|missing|unnoticed|affected|"
    r"vulnerable|exposed|writable|climbing|no|not|nobody|nothing|neither|none|never|5xx|4xx|"
    r"errors?|latency|lag|depth|queue|utili[sz]ation|traffic|load|cpu|memory|p\d{2})\b|"
    r"\b(?:sits|stays|lags|hangs|crashes|restarts|fails|idles|peaks|holds|burns|leaks|mounts|"
    r"writes|talks|listens|pulls|exposes|reaches|times\s+out)\b|"
    r"\b(?:we|they|it|that|which|this)\s+(?!(?:need|should|must|want|will|shall|would|could)\b)"
    r"[a-z]+",
    re.I,
)
# A label or an id ("SR-09 (Medium)", "AI-4", "Postmortem INC-7702", "Alert", "Kyverno report").
_ID = re.compile(
    r"^\W*(?:[a-z]+-?\d+|\([^()]*\)|(?:post-?mortem|incident|alert|finding|report|review|"
    r"same|root\s+cause(?:\s+candidate)?|[a-z]+\s+report|dependabot|kyverno|trivy|falco)\b|"
    r"\s|,)+\W*$",
    re.I,
)
# A change of a value said in a piece ("orders to 3", "replicas 2 → 6"): never context.
_CHANGED = re.compile(r"\bto\s+v?\d|\u2192|->|=>", re.I)


# A field said with its value ("requests 50m/64Mi", "replicas 2 → 6"): a spec, never a report.
_SPEC = re.compile(
    r"^\W*(?:requests?|limits?|replicas|cpu|memory|mem|image|tag|version|min|max)\b[^.;]*\d", re.I
)


# Words about the message or a rule, not about the workload ("this is just a draft", "payments
# is never restarted"): the role readers ask about them, so they are never dropped.
_META = re.compile(
    r"\b(?:draft|test|testing|example|hypothetical\w*|propos\w+|idea|wip|sample|template|joke|"
    r"kidding|final|pending|review\w*|approv\w+|sign\w*[\s-]*off|tbd|hold|cancel\w*|"
    r"postpone\w*|reject\w*|declin\w+|quot\w+|never|rule|policy|forbidden|allowed|only|scope|"
    r"exclud\w*|except\w*|skip\w*|avoid\w*|spare[ds]?|off[\s-]?limits|frozen|ignor\w+)\b",
    re.I,
)


# A spec field said with its value anywhere ("the orders budget (minAvailable 1) is fine"): a
# stated value the readers check against the live one, never dropped.
_FIELD_SAID = re.compile(
    r"\b(?:min[\s-]?available|max[\s-]?unavailable|max[\s-]?surge|max[\s-]?skew|"
    r"run[\s-]?as[\s-]?(?:user|group)|fs[\s-]?group|replicas)\s*[:=]?\s*\d",
    re.I,
)


# Round 20 (attack): a key assigned, alone or with where it lives ("QUEUE=orders-v2 in
# orders-config. roll orders afterwards"): the change as an env file writes it, never a report.
_ASSIGNED = re.compile(
    r"^\W*[A-Z][A-Z0-9_]{1,62}\s*=\s*\S+(?:\s+(?:in|on|for|of|into)\s+(?:the\s+)?[\w.\-]+"
    r"(?:\s+(?:config\s*map|configmap|config|cm|deployment|deploy|statefulset|sts))?)?\W*$"
)


# Round 36 (a41c, attack40): a kind of change forbidden in a sentence of its own ("No
# restarts.", "no scaling!", "No rollbacks please.") is a rule for the request, never a report
# of how things are: kept, and read against the plan (:mod:`.constraints`, :mod:`.negated`).
_NO_CHANGES = re.compile(
    r"\W*no\s+(?:other\s+|more\s+|further\s+)?(?:restarts?|restarting|scaling|rollbacks?|"
    r"roll-?backs?|rolling\s+back|deploys?|deployments|deletes|deletions?|image\s+changes?|"
    r"(?:config\s+)?changes)(?:\s+(?:please|pls|today|tonight|now|this\s+week))?\W*",
    re.I,
)


def _context(piece: str) -> bool:
    """Whether ``piece`` only says how things are or were (it may be dropped)."""
    if _SPEC.match(piece) or _FIELD_SAID.search(piece) or _ASSIGNED.match(piece):
        return False
    if piece[:4].lower().lstrip(" *-").startswith("no") and _NO_CHANGES.fullmatch(piece):
        return False
    if _ID.match(piece) or rx(r"\W*[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\W*").fullmatch(piece):
        # An id, a label or an alert's name ("KubePodCrashLooping").
        return True
    if len(piece.split()) <= 4 and _DECIDED.search(piece.strip()):
        return True
    if not (_STATE.search(piece) or _OBSERVED.search(piece) or _METRIC.search(piece)):
        return False
    if _ELSEWHERE.search(piece) or _DESTROY.search(piece) or _ASKS.search(piece):
        return False
    if _STOPPED.search(piece) and not _PAST.search(piece):
        return False
    if _KEEPS.search(piece) or _AHEAD.search(piece) or _CHANGED.search(piece):
        return False
    if _META.search(piece):
        return False
    return not _WHEN.search(piece) or bool(_PAST.search(piece) or _HABIT.search(piece))


# What a report is about, said as its subject: the workload (with its kind) before a verb.
_SUBJECT = (
    r"^(?:the\s+)?(?P<name>{name}(?:\s+(?P<kind>deployment|statefulset|daemonset|sts|deploy|ds))?)"
    r"(?:\s+(?:app|pods?|containers?|service))?\s+(?:is|are|was|were|has|had|runs|ran|uses|used|"
    r"can|cannot|can't|keeps|kept|[a-z]+s|[a-z]+ed)\b"
)


_WIDE = re.compile(
    r"\b(?:namespace|cluster|everything|every\s+(?:workload|deployment|app|service)|"
    r"all\s+(?:the\s+)?(?:workloads|deployments|"
    r"pods|apps|services))\b",
    re.I,
)


def _middle(text: str, known: frozenset[str]) -> str:
    """``text`` (the request) without the reports between its orders ("…, leave memory alone.
    CPU p95 is 160m vs 100m requested: raise the cpu request to 200m")."""
    cuts = [0, *(x for m in _PIECES.finditer(text) for x in (m.start(), m.end()))]
    starts = cuts[::2]
    pieces = [text[a:b] for a, b in zip(starts, [*cuts[1::2], len(text)], strict=True)]
    if _DESTROY.search(text):
        return text
    drop = [
        n
        for n in range(1, len(pieces) - 1)
        if rx(r"[.;:]\s*$|(?:\u2192|->|=>)\s*$").search(text[: starts[n]])
        and not _ID.match(pieces[n])
        and _context(pieces[n])
        and not _asks(pieces[n], "")
        and any(_asks(p, "") for p in pieces[:n])
        and _asks(pieces[n + 1], "")
        and not _BACK.search(pieces[n + 1])
        and not _IT.search(pieces[n + 1])
        and not _VALUE.search(pieces[n])
        and not rx(r"\d").search(_METRIC.sub(" ", pieces[n]))
        and _named(known, pieces[n]) <= _named(known, "".join(pieces[n + 1 :]), prefix=True)
    ]
    for n in reversed(drop):
        text = text[: starts[n]] + text[starts[n + 1] :]
    return text


def focus(text: str, names: Callable[[], frozenset[str]]) -> str:
    """``text`` with the report before its request dropped (see the rule above)."""
    return _middle(_focus(text, names), names())


def _focus(text: str, names: Callable[[], frozenset[str]]) -> str:
    """``text`` with the report before its request dropped."""
    if _NARRATIVE.match(text) and not _ACTION_ITEM.search(text):
        return text
    cuts = [0, *(x for m in _PIECES.finditer(text) for x in (m.start(), m.end()))]
    pieces = [text[a:b] for a, b in zip(cuts[::2], [*cuts[1::2], len(text)], strict=True)]
    starts = cuts[::2]
    for n, piece in enumerate(pieces):
        if not piece.strip():
            continue
        label = text[starts[n - 1] : starts[n]] if n else ""
        if not _asks(piece, label.rstrip(": \t")):
            continue
        if (
            n
            and not _SENTENCE_END.search(text[: starts[n]])
            and not any(_SENTENCE_END.search(text[: starts[k]]) for k in range(1, len(pieces)))
        ):
            # One sentence ("for orders, only frontend may connect"): the asides' reading.
            return text
        if (
            _GENERIC.match(_LABEL.sub("", piece).strip())
            or _DESTROY.search(text)
            or rx(r"(?:can|could|would|will|may|shall)\b", re.I).match(
                _LABEL.sub("", piece).strip()
            )
            or "?" in text[starts[n] :]
        ):
            # The report is the order's spec; a deletion, a question is read as said, whole.
            return text
        if n == 0:
            return text
        # A label right before the request ("Mitigation in progress: …") stays with it.
        begin = n
        if (
            rx(r"\s*:").match(text[starts[n - 1] + len(pieces[n - 1]) :])
            and not _ORDER.match(_LABEL.sub("", pieces[n - 1]).strip())
            and len(pieces[n - 1].split()) <= 4
            and not _PAST.search(pieces[n - 1])
        ):
            begin = n - 1
        before, request = text[: starts[begin]], text[starts[begin] :]
        if not all(_context(p) for p in pieces[:begin] if p.strip()):
            return text
        if _WAIT_HEAD.match(text) and rx(r"\s*:").match(text, len(pieces[0])):
            # Round 32 (a36b): "when CI succeeded: restart worker", "when it went well: …": a
            # condition said as the head, past tense or not, is the wait's (or asked), never a
            # report dropped.
            return text
        known = names()
        lent = _named(known, before)
        # Round 34 (gap37d): a workload the request only forbids ("…, please rolling restart.
        # Don't touch frontend") is not its own — the report's workload is still lent.
        own = _named(known, constraints.extract(request)[0], prefix=True)
        if _BACK.search(request) or (_IT.search(request) and _VALUE.search(before)):
            return text
        if own:
            # "it" may be another workload the report named.
            return text if _IT.search(request) and not lent <= own else request
        if not lent:
            return text if _IT.search(request) else request
        if len(lent) > 1:
            return text
        if not _IT.search(request) and _WIDE.search(request):
            # "… a backup of the namespace" is of its own object.
            return request
        subject = None
        for p in pieces[:begin]:
            said = _LABEL.sub("", p).strip()
            name = re.escape(next(iter(lent)))
            if m := rx(_SUBJECT.format(name=name), re.I).match(said):
                subject = m.group("name")
        if subject is None:
            # "The orders PDB … Change it …", "orders app container cpu throttled …, limit to
            # 1 core": what the report was about is more than the workload; not lent.
            return text
        return f"{subject}. {request}"
    return text
