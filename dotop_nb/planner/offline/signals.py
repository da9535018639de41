"""What an alert is about, read into a typed condition: one PromQL expression per kind.

Rule: an alert's condition is one of a small catalogue — the error ratio ("5xx ratio above 5%"),
a latency quantile ("p99 > 800ms"), container restarts ("restarts more than 3 times in 15
minutes"), OOM kills ("OOMKilled more than 2 times in 1h"), CPU or memory used against the
request or limit ("uses less than 10% of its CPU request", "memory above 90% of its limit") —
each written over the standard metric names (kube-state-metrics, cAdvisor, the Prometheus
client's ``http_requests_total`` / ``http_request_duration_seconds``) with the comparison, the
threshold and the window exactly as said. The condition's words ("restart", "CPU request")
belong to the rule, never to a restart or a resources change. A signal outside the catalogue,
a qualifier the expression cannot carry (a route, a method, a label selector) or a threshold
without its unit is asked. (Ready pods below a count stay in :mod:`.alerts`.)

Example::

    read("alert when the checkout 5xx ratio stays above 5% for 10 minutes")
    → Condition(kind="errors", op=">", value=0.05, ...)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dotop_nb.planner.offline import slots
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx

_ABOVE = (
    r"(?:stays?\s+|is\s+|are\s+|goes\s+|go\s+|gets?\s+|rises?\s+|climbs?\s+|keeps?\s+)?"
    # "passes 90% of its limit", "surpasses …": the threshold crossed, said as a verb.
    r"(?:above|over|more\s+than|greater\s+than|higher\s+than|exceeds?|exceeding|>=?|past|"
    r"pass(?:es)?|surpass(?:es)?)"
)
_BELOW = (
    r"(?:stays?\s+|is\s+|are\s+|goes\s+|go\s+|drops?\s+|falls?\s+|dips?\s+|keeps?\s+)?"
    r"(?:below|under|less\s+than|lower\s+than|<=?)"
)
_CMP = rf"(?P<cmp>{_ABOVE}|{_BELOW})"
_PERCENT = r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)"
_MS = r"(?P<lat>\d+(?:\.\d+)?)\s*(?P<lu>ms|milliseconds?|s|secs?|seconds?)\b"
_WINDOW = (
    r"(?:in|within|over|during)\s+(?:(?:the\s+)?(?:last|past)\s+)?"
    r"(?P<win>(?:an?\s+)?\S+\s*(?:minutes?|mins?|m|hours?|hrs?|h|seconds?|secs?|s)?)\b"
)
_TIMES = r"(?P<n>\d+)\s+times?"
_SUBJECT = r"(?:[\w-]+\s+){0,2}?"

# Each kind: its pattern (comparison and threshold as said).
_PATTERNS: dict[str, re.Pattern[str]] = {
    "errors": re.compile(
        r"\b(?:(?:http\s+)?5xx(?:\s+(?:error|response))?s?(?:\s+(?:ratio|rate|share|percentage))?|"
        r"error(?:s)?\s+(?:ratio|rate|percentage|share)|errors?)\s+"
        rf"{_CMP}\s+{_PERCENT}",
        re.I,
    ),
    # "if frontend serves 5xx for 10 minutes straight", "returns 5xx errors": any 5xx at all,
    # the rate of them above zero (how long, the rule's 'for').
    "serving": re.compile(
        r"\b(?:serves?|serving|served|returns?|returning|returned|throws?|throwing|sends?|"
        r"sending|answers?\s+with|responds?\s+with|responding\s+with)\s+(?:any\s+|only\s+|"
        r"nothing\s+but\s+)?(?:http\s+)?5(?:xx|\d\ds)(?:\s+(?:errors?|responses?|status(?:es)?|"
        r"codes?))?\b(?!(?:\s+(?:errors?|responses?|codes?))?\s+(?:ratio|rate|share|percentage|above|"
        r"over|below|under|more|less|greater|"
        r"higher|lower|exceed\w*|stays?|goes|is)\b|\s*[<>])",
        re.I,
    ),
    # "page when the 1h burn rate on 5xx goes over 14.4": the 5xx ratio over the window said,
    # divided by the error budget (1 - the SLO target, which must be said too).
    "burn": re.compile(
        r"\b(?:(?P<bwin>\d+\s*(?:m|h|d|mins?|minutes?|hours?|days?))\s+)?(?:error[- ]budget\s+)?"
        r"burn[- ]?rate(?:\s+(?:on|of|for)\s+(?:the\s+)?(?:http\s+)?(?:5xx|errors?)(?:\s+errors)?)?"
        r"(?:\s+over\s+(?:the\s+)?(?:last\s+|past\s+)?(?P<bwin2>\d+\s*(?:m|h|d|mins?|minutes?|"
        rf"hours?|days?)|an?\s+hour))?\s+{_CMP}\s+(?P<burn>\d+(?:\.\d+)?)\s*x?(?![\w.%])",
        re.I,
    ),
    "latency": re.compile(
        r"\b(?:(?P<q>p(?:50|75|90|95|99|999))|(?P<qq>50|75|90|95|99)(?:th)?\s+percentile)"
        rf"(?:\s+(?:latency|response\s+time|request\s+duration))?\s+{_CMP}\s+{_MS}",
        re.I,
    ),
    "restarts": re.compile(
        rf"\b(?:restarts?|restarted|is\s+restarted|crash(?:es|ed)?|crash-?loops?)\s+"
        rf"{_CMP}\s+{_TIMES}\s+{_WINDOW}",
        re.I,
    ),
    "oom": re.compile(
        rf"\b(?:is\s+|gets?\s+|are\s+)?(?:oom-?\s?killed|oom\s*kill(?:s|ed)?)\s+{_CMP}\s+{_TIMES}\s+"
        rf"{_WINDOW}",
        re.I,
    ),
    "usage": re.compile(
        rf"\b(?:uses?|using|usage|consumes?|consumption)\s+(?:is\s+)?{_CMP}\s+{_PERCENT}\s+of\s+"
        r"(?:its|their|the)\s+(?P<res>cpu|memory|mem|ram)\s+(?P<of>requests?|limits?)\b|"
        # "more than 90% of its RAM": the memory a container may use, i.e. its limit.
        rf"\b(?:uses?|using|usage|consumes?|consumption)\s+(?:is\s+)?{_CMP.replace('cmp', 'cmp3')}"
        rf"\s+{_PERCENT.replace('pct', 'pct3')}\s+of\s+(?:its|their|the)\s+(?P<res3>ram|memory)"
        r"(?!\s+(?:requests?|limits?))\b|"
        # "the memory of payments passes (the) 90% of the limit": whose, said between; the
        # name (group who) must be the workload's (:func:`read`).
        rf"\b(?P<res2>cpu|memory|mem)(?:\s+usage)?(?:\s+(?:of|on|for|in)\s+(?:the\s+)?"
        rf"(?P<who>[a-z0-9][\w-]*))?\s+(?:is\s+)?{_CMP.replace('cmp', 'cmp2')}\s+(?:the\s+)?"
        rf"{_PERCENT.replace('pct', 'pct2')}\s+of\s+(?:its|their|the)\s+"
        r"(?P<of2>requests?|limits?)\b",
        re.I,
    ),
    # Restarts said without a count: "restarts a lot", "keeps crashing", "crash-loops" — a
    # container in CrashLoopBackOff, the standard condition (kube-state-metrics' waiting
    # reason), never a count of restarts made up.
    "crashloop": re.compile(
        r"\b(?:(?:restart(?:s|ing)?|crash(?:es|ing)?|dies|dying|bounces?|bouncing)\s+"
        r"(?:a\s+lot|lots|too\s+(?:much|often)|(?:very\s+|so\s+|really\s+)?(?:often|frequently|"
        r"repeatedly)|constantly|all\s+the\s+time|over\s+and\s+over(?:\s+again)?|in\s+a\s+loop)|"
        r"keeps?\s+(?:on\s+)?(?:restarting|crashing|dying)|crash-?\s?loop(?:s|ing|ed)?|"
        r"crashloopbackoff|(?:is|goes|gets)\s+(?:stuck\s+)?in\s+(?:a\s+)?crash-?\s?loop\w*)\b",
        re.I,
    ),
    # Round 19: a restart said with no count, as the event itself — "alert when the worker pod
    # restarts", "page me if payments restarts at all", "notify us whenever orders pods
    # restart", "… if it gets restarted even once": any restart, i.e. the restart counter rose
    # (more than 0 in the last 5 minutes; no count is made up). Only at the clause's end or
    # before "at all", "again", "(even) once": "restarts more than 3 times in 15m" is counted.
    "restarted": re.compile(
        r"\b(?:restarts|restarted|(?:is|gets|got|was)\s+restarted|(?<=pods\s)restart|"
        r"(?<=containers\s)restart|crashes|crashed)"
        r"(?:\s+(?:at\s+all|again|(?:even\s+)?once))?(?=\s*(?:$|[.,;:!?)]|\s(?:and|then|so|please)\b))",
        re.I,
    ),
    # A metric said by its Prometheus name (lower case, words joined by '_': "jvm_memory_used_bytes
    # on my-api stays above 90% of max", "kafka_consumer_lag above 1000"): the metric itself
    # against the number said, or a share of its '_max_' sibling — nothing else is guessed.
    "metric": re.compile(
        r"\b(?P<metric>[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?:\s+(?:on|of|for|in|from)\s+(?:the\s+)?"
        rf"[a-z0-9][\w-]*)?\s+{_CMP}\s+(?:(?P<mpct>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)"
        r"\s+of\s+(?:its\s+|the\s+)?max(?:imum)?\b|(?P<mval>\d+(?:\.\d+)?)(?![\w%.]))",
    ),
}
# Signals the catalogue does not hold: asked, never replaced by another expression.
OTHER = re.compile(
    r"\b(?:latency|errors?|error\s+rate|5\d\dx?|restarts?|restarting|crash\w*|oom\w*|cpu|memory|"
    r"disk|queue|lag|p9\d|slow|expr(?:ession)?|query|promql|saturation|throughput|rps|qps)\b",
    re.I,
)
# A qualifier the expression cannot carry: asked.
_QUALIFIER = re.compile(
    r"\b(?:route|routes|endpoint|method|path|status\s+code|per\s+pod|each\s+pod|per\s+route)\b|"
    r"(?<![\w.])/[a-z][\w/.-]*|[{}]",
    re.I,
)


@dataclass(frozen=True)
class Condition:
    """One alert condition: PromQL ``expr`` and how it reads (``summary``), its ``name`` (for the
    alert's name), the window it is measured over (``window``) and the span said."""

    kind: str
    expr: str
    summary: str
    name: str
    window: str | None
    span: tuple[int, int]
    # For "usage": the resource and what it is measured against ("cpu", "requests").
    resource: str | None = None
    against: str | None = None


# A restart said with no count is the alert's event only as the verb of a "when" clause ("alert
# when the worker pod restarts"): "an alert on payments restarts and restart payments" says a
# restart of its own beside the alert, and is asked.
_WHEN_SUBJECT = re.compile(
    r"\b(?:when|whenever|if|once|as\s+soon\s+as|every\s+time|each\s+time)\s+"
    r"(?:[\w'-]+\s+){1,4}?$",
    re.I,
)


def _strip(pattern: str) -> str:
    return rx(r"\(\?P<\w+>").sub("(?:", pattern)


# The kinds' patterns without their groups, joined: a clause the guard treats as understood.
PATTERN = "|".join(f"(?:{_strip(p.pattern)})" for p in _PATTERNS.values())

_ANY = re.compile(PATTERN, re.I)


# "the default restart alert", "an OOM alert", "a CPU alert": the signal naming the alert.
_NAMING = re.compile(
    r"\b(?:restarts?|crash(?:es|loop)?|oom(?:-?kill(?:s|ed)?)?|cpu|memory|latency|errors?|5xx|"
    r"burn[- ]?rate|availability|saturation)(?=\s+alert(?:s|ing)?(?:\s+rules?)?\b)",
    re.I,
)


# Round 14: "a PrometheusRule on their restarts", "an alert for payments' restarts": what the
# rule watches, said after it as the object of "on/about/for/of" — a noun, never an order.
_WATCHED = re.compile(
    r"\b(?:alert(?:s|ing)?|(?:prometheus\s*)?rules?|monitor(?:s|ing)?|dashboards?|panels?|"
    r"pag(?:e|es|ing)|notifications?)\s+(?:on|about|for|of|over|watching|tracking)\s+"
    r"(?:the\s+|their\s+|its\s+|any\s+|[\w-]+'s?\s+)?(?:[\w-]+\s+)?"
    r"(?P<signal>restarts?|restart\s+counts?|crash(?:es|loops?|-?looping)?|oom(?:-?kills?)?|"
    r"cpu|memory|latency|errors?|5xx)\b",
    re.I,
)


def without_conditions(text: str) -> str:
    """``text`` with the catalogue's conditions blanked: their words ("restarts", "CPU
    request") say what the alert watches, never a change of their own; so does the signal
    naming an alert ("the default restart alert") or said as what it watches ("a rule on
    their restarts")."""
    text = _NAMING.sub(lambda m: " " * len(m.group(0)), text)
    for m in list(_WATCHED.finditer(text)):
        a, b = m.span("signal")
        text = text[:a] + " " * (b - a) + text[b:]
    return _ANY.sub(lambda m: " " * len(m.group(0)), text)


def _duration(said: str) -> str:
    # "in an hour", "within a minute": one of the unit, said as an article.
    said = rx(r"^(?:an?|one)\s+(?=(?:minute|min|hour|hr|second|sec)s?\b)", re.I).sub(
        "1 ", said.strip()
    )
    secs = slots.duration(f"for {said}", cue="for")
    if secs is None or secs <= 0:
        raise Clarify(f"I did not read {said!r} as a time: over how long exactly?")
    for letter, size in (("h", 3600), ("m", 60)):
        if secs % size == 0:
            return f"{secs // size}{letter}"
    return f"{secs}s"


def _op(cmp: str) -> str:
    if m := rx(r"[<>]=").search(cmp):
        return m.group(0)  # "p99 >= 800ms": the comparison as written
    return "<" if rx(_BELOW, re.I).search(cmp) and not rx(_ABOVE, re.I).search(cmp) else ">"


def _number(value: float) -> str:
    return f"{value:g}"


# "a 99.9% SLO", "against the 99.95% availability target", "SLO of 99.9%": the target said.
_SLO = re.compile(
    r"(?P<a>\d{2}(?:\.\d+)?)\s*%\s*(?:availability\s+|success\s+|uptime\s+)?(?:slo|sla|target|"
    r"objective)\b|\b(?:slo|target|objective)\s+(?:of\s+|is\s+|at\s+|=\s*)?(?P<b>\d{2}(?:\.\d+)?)\s*%",
    re.I,
)


def _burn(
    text: str,
    groups: dict[str, str],
    *,
    op: str,
    job: str,
    title: str,
    span: tuple[int, int],
    said: str | None = None,
) -> Condition:
    """The burn rate of the error budget: the 5xx ratio over the window said, divided by the
    budget (1 - the SLO target said). Without the target or the window it is asked — a burn
    rate of no budget is no number."""
    found = {m.group("a") or m.group("b") for m in _SLO.finditer(said or text)}
    if len(found) != 1:
        raise Clarify(
            "A burn rate is the 5xx ratio divided by the error budget (1 - the SLO target): "
            + (
                "which SLO target, e.g. 'against a 99.9% SLO'?"
                if not found
                else f"which SLO target ({', '.join(sorted(found))}%)?"
            )
        )
    target = found.pop()
    budget = round(1 - float(target) / 100, 10)
    if not 0 < budget < 1:
        raise Clarify(f"{target}%: an SLO target is between 0% and 100%. Which one?")
    said = groups.get("bwin") or groups.get("bwin2")
    if said is None:
        raise Clarify("Over which window is the burn rate measured? Say e.g. 'the 1h burn rate'.")
    window = _duration(said)
    burn = groups["burn"]
    ratio = (
        f'sum(rate(http_requests_total{{{job}, code=~"5.."}}[{window}])) / '
        f"sum(rate(http_requests_total{{{job}}}[{window}]))"
    )
    expr = f"({ratio}) / {_number(budget)} {op} {burn}"
    summary = f"{window} burn rate {op} {burn} (SLO {target}%)"
    return Condition("burn", expr, summary, f"{title}ErrorBudgetBurn", window, span)


def pods(kind: str, name: str) -> str:
    """A regex matching the pods of workload ``kind``/``name`` only (never a longer name's)."""
    tail = {"Deployment": "[a-z0-9]+-[a-z0-9]+", "StatefulSet": "[0-9]+"}.get(kind, "[a-z0-9]+")
    dotted = name.replace(".", "\\.")
    return f"{dotted}-{tail}"


def read(
    text: str, *, kind: str, name: str, namespace: str, said: str | None = None
) -> Condition | None:
    """The condition said in ``text`` for workload ``kind``/``name``, or None when none of the
    catalogue is said. Asks when one is said but cannot be written exactly. ``said`` is the
    whole message: a burn rate's SLO target may be said as a fact beside the request ("…, the
    availability target is 99.5%"), which the request's words no longer hold."""
    found = [
        (k, m)
        for k, p in _PATTERNS.items()
        if (m := p.search(text)) and (k != "restarted" or _WHEN_SUBJECT.search(text, 0, m.start()))
    ]
    if not found:
        return None
    if len(found) > 1:
        raise Clarify(
            "I read two alert conditions ("
            + ", ".join(repr(m.group(0)) for _, m in found)
            + "): one PrometheusRule per condition. Which one, or say each in its own request?"
        )
    what, m = found[0]
    if extra := _QUALIFIER.search(text):
        raise Clarify(
            f"I read {extra.group(0)!r} beside the alert's condition {m.group(0)!r}: the "
            "expression I write covers the whole workload. Drop it, or write the "
            "PrometheusRule's expression yourself."
        )
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    if (who := groups.get("who")) and who.lower() not in (name.lower(), "it", "its", "them"):
        raise Clarify(
            f"I read {m.group(0)!r}, but {kind.lower()}/{name} is the workload the alert is "
            f"about: whose usage should it watch? Say e.g. 'alert if {name} memory is above 90% "
            "of its limit'."
        )
    op = _op(groups.get("cmp") or groups.get("cmp2") or groups.get("cmp3") or "")
    sel = f'namespace="{namespace}"'
    # Round 19: every pod of the namespace ("any pod in the project restarts …"): no pod regex.
    pod = sel if kind == "Namespace" else f'{sel}, pod=~"{pods(kind, name)}"'
    job = f'{sel}, job="{name}"'
    title = "".join(p.capitalize() for p in rx(r"[-_.]").split(name))
    span = m.span()
    if what == "errors":
        ratio = float(groups["pct"]) / 100
        if not 0 < ratio < 1:
            raise Clarify(f"{m.group(0)!r}: a ratio of 5xx is between 0% and 100%. Which one?")
        expr = (
            f'sum(rate(http_requests_total{{{job}, code=~"5.."}}[5m])) / '
            f"sum(rate(http_requests_total{{{job}}}[5m])) {op} {_number(ratio)}"
        )
        return Condition(
            what, expr, f"5xx ratio {op} {groups['pct']}%", f"{title}HighErrorRatio", None, span
        )
    if what == "serving":
        if rx(r"5\d\ds", re.I).search(m.group(0)) and not rx(r"5xx", re.I).search(m.group(0)):
            raise Clarify(f"{m.group(0)!r}: which status codes exactly? Say e.g. 'serves 5xx'.")
        expr = f'sum(rate(http_requests_total{{{job}, code=~"5.."}}[5m])) > 0'
        return Condition(what, expr, "serves 5xx", f"{title}Serving5xx", None, span)
    if what == "latency":
        q = groups.get("q") or f"p{groups['qq']}"
        quantile = float(f"0.{q[1:]}")
        unit = groups["lu"].lower()
        seconds = float(groups["lat"]) / (1000 if unit.startswith("m") else 1)
        expr = (
            f"histogram_quantile({_number(quantile)}, sum by (le) "
            f"(rate(http_request_duration_seconds_bucket{{{job}}}[5m]))) {op} {_number(seconds)}"
        )
        return Condition(
            what,
            expr,
            f"{q} latency {op} {groups['lat']}{groups['lu']}",
            f"{title}HighLatency{q.upper()}",
            None,
            span,
        )
    if what == "burn":
        return _burn(text, groups, op=op, job=job, title=title, span=span, said=said)
    if what == "crashloop":
        expr = (
            f"max by (pod, container) (max_over_time(kube_pod_container_status_waiting_reason"
            f'{{{pod}, reason="CrashLoopBackOff"}}[5m])) >= 1'
        )
        return Condition(
            what, expr, "a container in CrashLoopBackOff", f"{title}CrashLooping", None, span
        )
    if what == "restarted":
        expr = (
            f"sum by (pod, container) "
            f"(increase(kube_pod_container_status_restarts_total{{{pod}}}[5m])) > 0"
        )
        return Condition(what, expr, "a container restarted", f"{title}Restarted", "5m", span)
    if what == "metric":
        return _metric(groups, op, pod, title, span=span)
    if what in ("restarts", "oom"):
        window = _duration(groups["win"])
        count = int(groups["n"])
        restarts = f"increase(kube_pod_container_status_restarts_total{{{pod}}}[{window}])"
        if what == "restarts":
            expr = f"sum by (pod, container) ({restarts}) {op} {count}"
            summary = f"container restarts {op} {count} in {window}"
            return Condition(what, expr, summary, f"{title}Restarting", window, span)
        expr = (
            f"sum by (pod, container) ({restarts}) {op} {count} and on (pod, container) "
            f"max by (pod, container) (kube_pod_container_status_last_terminated_reason{{{pod}, "
            f'reason="OOMKilled"}}) == 1'
        )
        summary = f"OOM-killed restarts {op} {count} in {window}"
        return Condition(what, expr, summary, f"{title}OOMKilled", window, span)
    resource = (groups.get("res") or groups.get("res2") or groups.get("res3") or "").lower()
    resource = "memory" if resource.startswith(("mem", "ram")) else "cpu"
    of = groups.get("of") or groups.get("of2") or ("limits" if groups.get("res3") else "")
    against = "limits" if of.startswith("limit") else "requests"
    pct = groups.get("pct") or groups.get("pct2") or groups.get("pct3") or "0"
    used = (
        f'sum(rate(container_cpu_usage_seconds_total{{{pod}, container!=""}}[5m]))'
        if resource == "cpu"
        else f'sum(container_memory_working_set_bytes{{{pod}, container!=""}})'
    )
    given = f'sum(kube_pod_container_resource_{against}{{{pod}, resource="{resource}"}})'
    expr = f"{used} / {given} {op} {_number(float(pct) / 100)}"
    word = "Low" if op == "<" else "High"
    summary = f"{resource} used {op} {pct}% of its {against[:-1]}"
    return Condition(
        "usage",
        expr,
        summary,
        f"{title}{word}{resource.capitalize()}Usage",
        None,
        span,
        resource,
        against,
    )


def _metric(
    groups: dict[str, str], op: str, pod: str, title: str, *, span: tuple[int, int]
) -> Condition:
    """A metric named as said, per pod: against the number said, or as a share of the metric
    its name says is its maximum ('…_used_…' → '…_max_…'); any other maximum is asked."""
    metric = groups["metric"]
    word = "".join(p.capitalize() for p in metric.split("_"))
    direction = "Low" if op.startswith("<") else "High"
    if "mpct" in groups:
        limit = rx(r"_used(?=_|$)").sub("_max", metric)
        if limit == metric:
            raise Clarify(
                f"I read {metric!r} as a share of its maximum, but no metric of that name says "
                f"which one is its maximum: say the number, or write the PrometheusRule's "
                "expression yourself."
            )
        share = float(groups["mpct"]) / 100
        if not 0 < share <= 1:
            raise Clarify(f"A share of the maximum is between 0% and 100%, not {groups['mpct']}%.")
        expr = (
            f"sum by (pod) ({metric}{{{pod}}}) / sum by (pod) ({limit}{{{pod}}}) {op} "
            f"{_number(share)}"
        )
        summary = f"{metric} {op} {groups['mpct']}% of {limit}"
    else:
        expr = f"{metric}{{{pod}}} {op} {groups['mval']}"
        summary = f"{metric} {op} {groups['mval']}"
    return Condition("metric", expr, summary, f"{title}{word}{direction}", None, span)
