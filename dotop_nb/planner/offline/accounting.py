"""Every quantity said is used, for what it was said for — or it is asked about.

The rules read the numbers they know and used to drop the rest: "period 10s and failureThreshold
5" set the period only, "2..8 replicas" kept the default maximum of 10, "every 6h" became a
nightly schedule. Each such plan looks right and is not what was asked. This guard runs on the
finished plan, whatever rule made it:

- every quantity token of the request (a number with or without a unit, a percentage, a
  duration, "half of", a count said in words before its noun) must appear in the plan's
  operations, in one of the forms Kubernetes writes it ("10s" as ``10`` or ``"10s"``, "72h" as
  ``"72h0m0s"``, "6h" as ``*/6``, "200m" as ``"200m"`` or ``0.2``);
- a quantity said right after (or before) a field's name — "period 10s", "failureThreshold 5",
  "ttl 72h", "limits 400m", "minAvailable 2", "max 8", "8 replicas" — must be the value of such a
  field in the plan, not merely somewhere in it.

Relative amounts ("by 2", "+1", "50% more", "remove 2 replicas") are exempt: the plan holds the
value computed from them. Versions, times of day, names and paths are not quantities.

Example::

    unused("set periodSeconds 10 and failureThreshold 5 on cart's readiness probe", ops)
    # -> "'5' (failureThreshold)" when the plan sets only the period
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from dotop_nb.models import Operation
from dotop_nb.planner.offline import (
    beforehand,
    clock,
    hpa,
    logs,
    occasions,
    probes,
    schedules,
    strategy,
    timewords,
)
from dotop_nb.planner.offline.numbers import (
    blank_context,
    postfix_bounds,
    rates_blanked,
    without_measures,
)
from dotop_nb.planner.offline.quantities import field_names
from dotop_nb.planner.offline.rx import rx

_UNITS = (
    # "2 gig", "512 megs": memory said in words (quantities.spoken writes them as 2Gi, 512Mi).
    r"gigs?|gibs?|megs?|mibs?|gigabytes?|megabytes?|millicores?|millicpus?|mcpu|"
    r"mi|gi|ki|ti|m|g|k|mb|gb|"
    r"%|percent|s|secs?|seconds?|ms|min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|"
    r"y|yrs?|years?"
)
_TOKEN = re.compile(
    rf"(?<![\w\-./:@'\"#*])(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>{_UNITS})?"
    r"(?![\w\-/:@]|\.\w)",
    re.I,
)
_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
# A count said in words before what it counts ("three replicas").
_COUNTED = re.compile(
    rf"\b(?P<word>{'|'.join(_WORDS)})\s+(?=(?:replicas?|pods?|instances?|copies)\b)"
    # "one replica more": a change of the count, not a count (:data:`_RELATIVE_AFTER`).
    r"(?!\w+\s+(?:more|fewer|less|extra)\b)",
    re.I,
)
# "half of the pods may go": a share; "half of now", "half of the current count": the count
# halved, read by the scale rule as "halve".
_HALF = re.compile(
    r"\bhalf\s+of\b(?!\s+(?:now|today|(?:the\s+|its\s+|their\s+)?current\b|"
    r"what\s+(?:it|they)\s+(?:is|are|runs?|has|have)\b))",
    re.I,
)
_KEPT = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+[^,.;!?()]*|"
    r"(?:^|(?<=[,.;!?(]))[^,.;!?()]*?\b(?:(?:should|must|can|will|shall|has\s+to|have\s+to|"
    r"needs?\s+to|is\s+to|are\s+to)\s+(?:be\s+)?(?:kept|stay(?:ing)?|remain(?:ing)?|preserved|"
    r"retained|left\s+(?:alone|as\s+is|untouched))|(?:stays?|remains?)\s+(?:as\s+is|"
    r"the\s+same|unchanged|untouched|where\s+it\s+is|in\s+place|on|at)|(?:is|are)\s+(?:kept|"
    r"unchanged|untouched))\b[^,.;!?()]*|"
    # "while the memory limit remains 512Mi": a request or limit said as staying at a value.
    r"\b(?:cpu|memory|mem|ram)\s+(?:limits?|requests?)\s+(?:stays?|remains?|is\s+kept)\s+"
    r"(?:at\s+)?[^,.;!?()]*|"
    # Round 19 (attack): "restart payments, keep worker at 1": a count kept beside another
    # change (muddles.kept_said drops it when it holds, muddles.check asks when it does not).
    r"(?:(?<=[,;])|(?<=\band)|(?<=\bbut))\s*(?:(?:just|please|pls|and|but)\s+)*(?:keep|leave|"
    r"hold)\s+(?:the\s+)?[a-z0-9][\w\-]*\s+(?:at|on)\s+\d+(?:\s+(?:replicas?|pods?|instances?|"
    r"copies))?(?=\s*(?:[,.;!)]|$))",
    re.I,
)
_DAY = re.compile(
    rf"(?<![\w\-./:@])(?:(?:on|after|before|from|by)\s+{clock.DAY}|\d{{4}}-\d{{2}}-\d{{2}}|"
    r"\d{8}t\d{6}z?)(?![\w\-/:])",
    re.I,
)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s+(?:am|pm|a\.m\.|p\.m\.)(?!\w)", re.I)
# Round 24 (gap B): "at 0130 hrs", "at 2300 hours": a clock time said the military way after
# "at" (timewords.MILITARY), as "at 01:30" is — a schedule's hour or a wait, never a quantity.
_MILITARY_AT = re.compile(
    rf"(?<![\w\-./:=@])(?:at|@|around|after|from)\s+{timewords.MILITARY}", re.I
)
# Words before or after a number that make it relative: the plan holds the computed value.
_RELATIVE_BEFORE = re.compile(
    r"(?:\bby|\badd|\bremove|\bkill|\bdrop|\banother|\bextra|\badditional|\bfurther|\bgain|\blose|\bshed|\bplus|\bminus|\bup|\bdown|"
    r"\bx|\u00d7|\btimes|[+\-~]|\bfactor(?: of)?|\bfrom|\bnever(?:\s+\w+)?|\bnot|\bno|"
    # "augment payments of 2": a verb of more or fewer, then "of" (workloads.py reads it "by").
    r"\b(?:augment|increas|rais|grow|boost|reduc|decreas|diminish|lower)\w*\s+"
    r"(?:(?!(?:total|maximum|minimum|max|min|count|number|amount|sum|a|an)\s)[a-z][\w\-']*\s+)"
    r"{0,3}of|"
    # "checkout doesn't need 5 replicas anymore": how it is now (guard.STATE), not the value.
    r"\b(?:doesn'?t|does not|don'?t|do not)\s+need|"
    # "while the request is only 100m", "(currently 2)": the value now, beside the one asked.
    r"\b(?:is|are|was|were)\s+(?:only|just|currently|still)(?:\s+at)?|\bcurrently(?:\s+at)?)\s*$",
    re.I,
)
_RELATIVE_AFTER = re.compile(
    r"^\s*(?:more|fewer|less|extra|additional|x\b|\u00d7|times|higher|lower|bigger|smaller|"
    # "one replica more", "two pods less": the unit between the count and its direction.
    r"(?:replicas?|pods?|instances?|copies|copy)\s+(?:more|fewer|less|extra)\b|"
    r"up|down|over|under|above|below|percentile|errors?|status|responses?|codes?|"
    # "redis 7 -> 7.2": the version it runs now, said before the one it should run.
    r"(?:to|->|\u2192)\s+v?\d+\.\d+|"
    # "512Mi isn't cutting it": the value now, said as too little (guard.STATE).
    r"(?:is|are)(?:\s+not|n'?t)\s+(?:enough|sufficient|cutting it|doing it)|(?:is|are)\s+too\s+"
    r"(?:low|small|little|tight|much|high|big))",
    re.I,
)
# "memory request 128Mi -> 256Mi", "cpu 100m to 300m": a cpu or memory quantity said before
# "to" and another of its kind is the value now (as after "from"), the second the one to write.
_NOW_TO_UNIT = ("mi", "gi", "ki", "m", "mb", "gb")
# (Round 31, gap34b: "cpu limit 500m to 1 core": the second said in cores is of its kind too.)
_NOW_TO = re.compile(
    r"^\s*(?:to|->|\u2192)\s+\d+(?:\.\d+)?\s*(?:(?:mi|gi|ki|m|mb|gb)(?!\w|\.\w)|"
    r"(?:v?cpus?|cores?)\b)",
    re.I,
)
# A field's name said beside its value, and the plan paths that may hold that value.
_ROLES: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"^(?:{said})$", re.I), re.compile(path, re.I), name)
    for said, path, name in (
        (r"period(?:seconds)?|periodseconds", r"period", "period"),
        (r"failurethreshold|failure[- ]?threshold|failures", r"failureThreshold", "failures"),
        (r"successthreshold|success[- ]?threshold", r"successThreshold", "successes"),
        (r"timeout(?:seconds)?|timeoutseconds", r"timeout", "timeout"),
        (r"initialdelay(?:seconds)?|initialdelayseconds|delay", r"initialDelay", "delay"),
        (r"ttl", r"ttl", "ttl"),
        (r"minavailable|min-available", r"minAvailable", "minAvailable"),
        (r"maxunavailable|max-unavailable", r"maxUnavailable", "maxUnavailable"),
        (r"maxsurge|max-surge|surge", r"maxSurge", "maxSurge"),
        (r"requests?", r"requests", "requests"),
        (r"limits?", r"limits", "limits"),
        (r"interval", r"interval", "interval"),
        (r"min(?:imum)?|minreplicas|minreplicacount|floor", r"\.min", "minimum"),
        (r"max(?:imum)?|maxreplicas|maxreplicacount|ceiling|cap", r"\.max|limits", "maximum"),
        (r"replicas?", r"replica", "replicas"),
        (r"port", r"port", "port"),
    )
)


_ONE_AT_A_TIME = re.compile(
    r"\bone\s+(?:pod\s+|replica\s+|instance\s+)?(?:at\s+a\s+time|after\s+(?:the\s+)?other)\b|"
    r"\bone\s+by\s+one\b",
    re.I,
)


@dataclass(frozen=True)
class Quantity:
    """One quantity of the request: as said, its renderings, and the field it was said for."""

    said: str
    forms: frozenset[str]
    role: str = ""
    paths: tuple[re.Pattern[str], ...] = ()


# "my-api to 1.5.0 and 3 replicas": a version said as where something goes (after "to" or an
# arrow) is in the plan, or the plan dropped the update. Three parts or a "v" only ("cpu to
# 1.5" is a quantity); a rollback plans a revision, not the version said.
_VERSION_TO = re.compile(
    r"(?:\bto|->|\u2192)\s+(v\d+(?:\.\d+){1,2}|\d+\.\d+\.\d+)(?:-[\w.]+)?(?![\w.])", re.I
)


def unused(text: str, operations: Sequence[Operation], names: Sequence[str] = ()) -> str | None:
    """The first quantity of ``text`` the plan does not use as said (described), or None."""
    values = list(_values(operations))
    body = " ".join(v for _, v in values)
    if not any(op.kind == "rollout_undo" for op in operations):
        for m in _VERSION_TO.finditer(text):
            if m.group(1).lower().lstrip("v") not in body.lower():
                return f"{m.group(1)!r} (the version)"
    if _restart_alone(operations):
        # "restart postgres, one pod at a time": how a StatefulSet rolls anyway, not a value;
        # "rolling restart of frontend, one pod at a time, no downtime": a Deployment's restart
        # beside only its rollout strategy (maxUnavailable 0 replaces one pod at a time too).
        text = _ONE_AT_A_TIME.sub(" ", text)
    if operations and all(op.kind == "scale" for op in operations):
        # Round 34 (gap37a): "orders 2 -> 1 replica. Only 40 orders per day now": a rate of
        # things that are no pods beside a scale is how busy it is (numbers.rates_blanked).
        text = rates_blanked(text)
    if "schedule" in body or any(p.endswith(".schedule") for p, _ in values):
        text = _cron_time_blanked(text, [v for p, v in values if p.endswith(".schedule")])
    for q in said(text, names):
        if q.role == "port" and any(
            rx(r"port$", re.I).search(path) and not value.isdigit() for path, value in values
        ):
            continue  # the port said by number, planned by its name ("container port 8081")
        if not any(_has(body, f) for f in q.forms):
            return f"{q.said!r}" + (f" ({q.role})" if q.role else "")
        if q.paths and not any(
            all(p.search(path) for p in q.paths) and any(_has(value, f) for f in q.forms)
            for path, value in values
        ):
            return f"{q.said!r} as the {q.role}"
    return None


# Round 34 (gap37d): "daily at 0300": four bare digits after "at" that are the hour and minute
# of the schedule the plan writes are that clock time, used (any other is still asked).
_AT_FOUR = re.compile(r"\b(?:at|@)\s+([01]\d|2[0-3])([0-5]\d)(?![\w:.])", re.I)


def _cron_time_blanked(text: str, crons: list[str]) -> str:
    """``text`` without the "at HHMM" each cron of ``crons`` runs at."""
    times = {tuple(c.split()[:2]) for c in crons if len(c.split()) == 5}
    # Round 41 (sh48b — attack48): the time and step the cron was read from ("every afternoon
    # at 3" → hour 15, "every 6 hours from 3am" → hours 3,9,15,21).
    for start, end in schedules.read_spans(text, crons):
        text = text[:start] + " " * (end - start) + text[end:]
    if span := schedules.compound_ttl_span(text):
        text = text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]

    def blank(m: re.Match[str]) -> str:
        said = (str(int(m.group(2))), str(int(m.group(1))))
        return " " * len(m.group(0)) if said in times else m.group(0)

    return _AT_FOUR.sub(blank, text)


def _restart_alone(operations: Sequence[Operation]) -> bool:
    """Whether the plan only restarts workloads one pod at a time: a StatefulSet (how it rolls
    anyway), or a Deployment beside its strategy patch with maxSurge 1 and maxUnavailable 0 (a
    Deployment's own strategy may surge more, so its pace alone is still asked)."""
    restarts = [op for op in operations if op.kind == "rollout_restart"]
    if not restarts:
        return False
    paced = set()
    for op in operations:
        if op.kind == "rollout_restart":
            continue
        patch = getattr(op, "patch", None)
        spec = patch.get("spec") if isinstance(patch, dict) else None
        if op.kind != "patch" or not isinstance(spec, dict) or set(spec) != {"strategy"}:
            return False
        rolling = (spec.get("strategy") or {}).get("rollingUpdate") or {}
        if rolling.get("maxSurge") == 1 and rolling.get("maxUnavailable") == 0:
            paced.add(op.target)
    return all(op.target.kind == "StatefulSet" or op.target in paced for op in restarts)


def said(text: str, names: Sequence[str] = ()) -> list[Quantity]:
    """The quantities of ``text`` that a plan must use (relative amounts left out); a number
    that belongs to another thing than the live objects ``names`` and the plan's fields is
    context (numbers.attached)."""
    # "hard limit 512Mi, soft limit 256Mi": the other names of the fields (quantities).
    text = field_names(text.replace("\u2019", "'"))
    # "Release 48, step 6: …": a leading label's numbers are ids, never quantities (logs.py).
    end = logs.label_end(text, names)
    text = " " * end + text[end:]
    # "rollouts must never dip below 3 ready pods": a floor the plan turns into maxUnavailable
    # (replicas less the floor; strategy.py asks when it cannot hold), not a value it writes.
    floors = f"{strategy.FLOOR}|{strategy.ROLLOUT_FLOOR.pattern}"
    text = rx(floors, re.I).sub(lambda m: " " * len(m.group(0)), text)
    # "stuck since 3 hours", "crashed 2 days ago": how long a state has lasted, not a value.
    text = occasions.PAST_SPAN.sub(lambda m: " " * len(m.group(0)), text)
    # "…, the campaign starts at nine": when the occasion begins, not a value.
    text = occasions.STARTS.sub(lambda m: " " * len(m.group(0)), text)
    # "must be live before the hard fork at block 21,400,000": the deadline's moment.
    text = occasions.DEADLINE_STATE.sub(lambda m: " " * len(m.group(0)), text)
    # "cpu/min/max = 60/3/9": each number in the field named in its place (hpa, round 31).
    text = hpa.slashed_fields(text)
    # "(the PDB of min 2 stays)": what another object keeps, said beside the change.
    text = KEPT_ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    # "before i bump it to 17": the event a change is made before, with its own version.
    text = schedules.BEFORE_EVENT.sub(lambda m: " " * len(m.group(0)), text)
    # "before experiment 4": the number names the event a deadline is, never a value.
    text = beforehand.labels_blanked(text)
    # "allow up to 5 min (30 x 10s)": a total said with its factors is their product (checked
    # by probes.BUDGET's reader), not a third value; the factors are what the plan holds.
    text = probes.BUDGET.sub(
        lambda m: (
            " " * (m.end("tu") - m.start()) + m.group(0)[m.end("tu") - m.start() :]
            if m.group("total")
            else m.group(0)
        ),
        text,
    )
    # "instead of minAvailable 2", "the memory limit 512Mi should be kept": a value replaced or
    # kept is said as what is there, never one the plan writes (constraints.py forbids the one
    # replaced; the one kept stays as it is).
    text = _KEPT.sub(lambda m: " " * len(m.group(0)), text)
    # "since 4 pm", "at 3 a.m.": a time of day, as "4pm" (one token) already is.
    text = _CLOCK.sub(lambda m: " " * len(m.group(0)), text)
    text = _MILITARY_AT.sub(lambda m: " " * len(m.group(0)), text)
    # "on Tue 8 Dec", "2026-12-08": a calendar day (a change row's date), never a value.
    text = _DAY.sub(lambda m: " " * len(m.group(0)), text)
    text = rx(r"(?<=\d),(?=\d{3}\b)").sub("", text)  # "1,000"
    # "throwing 500s", "ticket 4312", "step 3": context by their syntax (numbers.blank_context).
    text = postfix_bounds(blank_context(without_measures(text), names))
    # "2..8", "2-8", "200m/256Mi": two quantities, each read on its own.
    text = rx(r"(?<![\w\-./:=@])(\d+(?:mi|gi|ki|m|g|k|%)?)(?:\.\.|-|/)(?=\d)", re.I).sub(
        r"\1 .. ", text
    )
    found: list[Quantity] = []
    for m in _TOKEN.finditer(text):
        if _RELATIVE_BEFORE.search(text[: m.start()]) or _RELATIVE_AFTER.search(text[m.end() :]):
            continue
        num, unit = m.group("num"), (m.group("unit") or "").lower()
        if unit in _NOW_TO_UNIT and _NOW_TO.match(text[m.end() :]):
            continue
        if "." in num and not unit:
            continue  # a version ("1.2"), not a quantity
        roles = _roles_beside(text, m.start(), m.end()) or _port_beside(text, m)
        found.append(
            Quantity(
                said=m.group(0).strip(),
                # "GOMEMLIMIT=200MiB": a value with its unit inside a variable is a string,
                # written as said.
                forms=_forms(num, unit) | {m.group(0).strip().replace(" ", "")},
                role=" ".join(n for n, _ in roles),
                paths=tuple(p for _, p in roles),
            )
        )
    for m in _COUNTED.finditer(text):
        # "one hundred and five": part of a larger number the rule reads whole.
        compound = rx(r"(?:hundred|thousand|ty|and|-)\s*$", re.I).search(text[: m.start()])
        if not (_RELATIVE_BEFORE.search(text[: m.start()]) or compound):
            found.append(Quantity(said=m.group("word"), forms=_forms(str(_WORDS[m.group(1)]), "")))
    found += [Quantity(said="half", forms=frozenset({"50%"})) for _ in _HALF.finditer(text)]
    return found


# A bracketed statement of what stays as it is ("(the PDB of min 2 stays)", "(its pdb with
# min 1 stays)"): no value of the change said beside it.
KEPT_ASIDE = re.compile(
    r"\((?=[^()]*\b(?:stays?|remains?|unchanged|untouched|as\s+is|is\s+kept|keeps?\s+(?:its|their)"
    r"|(?:must|should|will)\s+(?:stay|remain))\b)(?![^()]*\b(?:set|make|change|scale|add)\b)[^()]*\)",
    re.I,
)


def _roles_beside(text: str, start: int, end: int) -> list[tuple[str, re.Pattern[str]]]:
    """The field named right before the quantity ("period 10s", "--max=8", "ttl of 72h") or,
    failing that, right after it ("8 replicas") unless that name has its own value after it
    ("requests 200m/256Mi limits 512Mi"). A variable's name (TIMEOUT) is no field."""
    before = rx(r"([A-Za-z][\w\-]*)(?:\s*[:=]\s*|\s+(?:(?:of|to|is|be)\s+)?)$").search(text[:start])
    words = [before.group(1)] if before else []
    after = rx(r"\s*([A-Za-z][\w\-]*)\b(?!\s*[:=]?\s*(?:(?:cpu|mem|memory)\s+)?\d)").match(
        text[end:]
    )
    for word in [*words, *([after.group(1)] if after else [])]:
        if word.isupper() and len(word) > 1:
            return []
        roles = [(name, path) for said, path, name in _ROLES if said.match(word)]
        if roles:
            return roles[:1]
    return []


# A port said by where it is ("on 9901", "tcp 5432", "tcp/6379"), not by the word "port".
_PORT_BEFORE = re.compile(r"\b(?:on|tcp|udp)\s*[:/]?\s*$", re.I)
_NOT_A_PORT_AFTER = re.compile(
    r"\s*(?:pods?|replicas?|nodes?|instances?|copies|cpus?|cores?|zones?|workers?|threads?)\b", re.I
)


_PORT_IN_BRACKETS = re.compile(r"\bport\b(?:\s+[\w\-]+){0,3}\s*\(\s*$", re.I)
_PORT_CONTEXT = re.compile(
    r"\b(?:serv\w*|listen\w*|expos\w*|scrap\w*|metrics|stats|probes?|checks?|liveness|"
    r"readiness|connect\w*|tcp|udp|traffic|ports?|reach\w*|ingress|egress)\b",
    re.I,
)


def _port_beside(text: str, m: re.Match[str]) -> list[tuple[str, re.Pattern[str]]]:
    """The port role of a bare number of two or more digits said after "on" or "tcp"."""
    if m.group("unit") or len(m.group("num")) < 2 or "." in m.group("num"):
        return []
    if _PORT_IN_BRACKETS.search(text[: m.start()]) and text[m.end() :].lstrip().startswith(")"):
        # "the envoy admin port on orders (9901)": the number of the port named before it.
        return [(name, path) for _, path, name in _ROLES if name == "port"]
    if not _PORT_BEFORE.search(text[: m.start()]) or _NOT_A_PORT_AFTER.match(text[m.end() :]):
        return []
    if not _PORT_CONTEXT.search(text):
        return []  # "autoscale worker on 80": no word says a port
    return [(name, path) for _, path, name in _ROLES if name == "port"]


_SPOKEN_UNITS = {
    **dict.fromkeys(("gig", "gigs", "gib", "gibs"), "gi"),
    **dict.fromkeys(("meg", "megs", "mib", "mibs"), "mi"),
    **dict.fromkeys(("gigabyte", "gigabytes"), "gb"),
    **dict.fromkeys(("megabyte", "megabytes"), "mb"),
    # "750 millicores" is 750m of a core.
    **dict.fromkeys(("millicore", "millicores", "millicpu", "millicpus", "mcpu"), "m"),
}


def _forms(num: str, unit: str) -> frozenset[str]:
    """How a plan may write ``num`` ``unit``."""
    value = float(num)
    unit = _SPOKEN_UNITS.get(unit, unit)
    whole = str(int(value)) if value.is_integer() else num
    forms = {f"{whole}{unit}"}
    if unit in ("", "%", "percent"):
        return frozenset({whole, f"{whole}%"})
    if unit in ("mi", "gi", "ki", "ti", "g", "k", "mb", "gb"):
        return frozenset({f"{whole}{unit}", f"{whole}{unit[0]}"})
    if unit == "m":
        # A cpu in millicores (or minutes: "every 30m").
        forms |= {f"{value / 1000:g}", whole, f"*/{whole}"}
        return frozenset(forms)
    seconds = {"s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "ms": 0.001}
    seconds |= dict.fromkeys(("min", "mins", "minute", "minutes"), 60)
    seconds |= dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), 3600)
    seconds |= dict.fromkeys(("d", "day", "days"), 86400)
    seconds |= dict.fromkeys(("w", "week", "weeks"), 604800)
    # Round 16: a retention in months or years, as schedules.ttl writes it (30 and 365 days).
    seconds |= dict.fromkeys(("month", "months"), 2592000)
    seconds |= dict.fromkeys(("y", "yr", "yrs", "year", "years"), 31536000)
    total = value * seconds.get(unit, 1)
    forms |= {whole, f"*/{whole}", f"{total:g}", f"{total:g}s"}
    if total % 60 == 0:
        forms.add(f"{total / 60:g}m")
    if total % 3600 == 0:
        forms |= {f"{total / 3600:g}h", f"{total / 3600:g}h0m0s"}
    return frozenset(forms)


def _has(body: str, form: str) -> bool:
    return rx(rf"(?<![\w.]){re.escape(form)}(?![\w.%]|\.\d)", re.I).search(body) is not None


def _values(operations: Sequence[Operation]) -> Iterator[tuple[str, str]]:
    """(path, value) of every scalar the operations set (paths joined with dots)."""
    for op in operations:
        data = op.model_dump(mode="json", exclude={"reason", "target", "kind", "restarted_at"})
        yield from _walk("", data)


def _walk(path: str, value: Any) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(f"{path}.{key}", item)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(f"{path}.{i}", item)
    elif value is not None:
        yield path, value if isinstance(value, str) else json.dumps(value)
