"""An alert on a workload's ready pods: a Prometheus Operator PrometheusRule, read exactly.

"Alert is needed if payments is having less than 2 ready pods for 5 minutes", "page us when
checkout has fewer than two available replicas for 10m": the condition (ready or available pods
below a count) and how long it must hold are both said, and both are the rule's — never a
default. The expression reads the workload's available replicas from kube-state-metrics
(``kube_deployment_status_replicas_available``, ``kube_statefulset_status_replicas_ready``,
``kube_daemonset_status_number_available``): a pod counts once it is ready.

Anything else an alert may be about (latency, errors, restarts, a query) is asked, and so is a
missing count or duration, a cluster that does not serve PrometheusRule, or a count the workload
could never reach. Example::

    alert if payments has fewer than 2 ready pods for 5 minutes
    → PrometheusRule payments-availability: expr ...available{...} < 2, for: 5m
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.models import ApplyOp, Target
from dotop_nb.planner.offline import signals, slots
from dotop_nb.planner.offline.context import Clarify, Ctx, containers, pod_labels
from dotop_nb.planner.offline.numbers import NUMBER_WORDS, placeholders
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import COUNT_WORDS
from dotop_nb.ports import PlanResult

Json = dict[str, Any]

# An alert asked for: "alert if …", "an alert is needed", "page us when …", "PrometheusRule".
ASKED = re.compile(
    r"\bprometheus\s*rules?\b|\balert(?:ing)?\s+rules?\b|"
    # "prometheus alert: my-api p99 over 80ms for 5 minutes": the alert named by its system.
    r"\b(?:prometheus|prom|alertmanager)\s+alert(?:s|ing)?\b(?!\s+(?:fired|fires|firing|keeps|went|"
    r"is\s+firing|was))|"
    r"\b(?:add|create|set\s+up|setup|configure|define|write|want|need|needs|get)\s+"
    # "add the default restart alert", "create a burn-rate alert": what it is about between.
    r"(?:me\s+|us\s+)?(?:(?:an?|some|the|our)\s+)?(?:[\w-]+\s+){0,3}?alert(?:s|ing)?\b|"
    # "add the default restart alert for orders": an alert named by what it is about.
    r"\b(?:add|create|set\s+up|setup|configure|define|write|want|need|needs|enable|apply)\s+"
    r"(?:the|an?|our|some|its|their)\s+(?:[\w-]+\s+){1,3}?alert(?:s|ing)?(?:\s+rules?)?\b"
    r"(?=\s*(?:for|on|to|that|which|:|,|$))|"
    r"\balert(?:s|ing)?\s+(?:is|are)\s+(?:needed|required|wanted|necessary)\b|"
    # Round 20 (times): "alarm when the worker restarts …": an alarm is an alert by another name.
    r"^\W*(?:alert(?:ing)?|alarm(?:ing)?)\b|"
    # "email me when …", "ping the team if …": who is told is Alertmanager's routing (a risk).
    r"\b(?:alert|alarm|page|wake|notify|e-?mail|mail|ping|slack)\s+"
    r"(?:me|us|on-?call|the\s+(?:team|on-?call))?\s*(?:up\s+)?"
    r"(?:if|when|whenever|once|as\s+soon\s+as)\b|"
    # Round 38 (gap41b, blind41): "holler at me if …", "shout at us when …", "text me
    # when …": who is told in the words of speech, then the condition.
    r"\b(?:(?:holler|shout|yell)(?:\s+at)?|buzz|text|sms|ring|call|phone)\s+"
    r"(?:(?:me|us|on-?call|the\s+(?:team|on-?call))\s+)?(?:if|when|whenever|as\s+soon\s+as)\b|"
    # Round 23: "warn me when …", a French speaker's "prevent me (send an alert) when …"
    # (prévenir): who is told, then the condition — an aside in parentheses between.
    r"\b(?:warn|prevent)\s+(?:me|us|on-?call|the\s+(?:team|on-?call))\s*(?:\([^()]{0,40}\)\s*)?"
    r"(?:if|when|whenever|once|as\s+soon\s+as)\b|"
    # "page the on-call student if …", "wake the SRE on duty when …": whom, in a few words.
    r"\b(?:page|wake|notify|alert)\s+(?:the|our|my|whoever'?s?)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:on-?call|on\s+duty|team|rota|sre|ops|engineer|admin|student|person|people|staff|"
    r"owner|maintainer|lead)s?\s+(?:(?:on\s+duty|up)\s+)?(?:if|when|whenever|once|"
    r"as\s+soon\s+as)\b",
    re.I,
)
_BELOW = (
    r"(?:less|fewer)\s+than|under|below|<|drops?\s+(?:below|under)|falls?\s+(?:below|under)|"
    r"goes\s+(?:below|under)|dips?\s+(?:below|under)"
)
_STATE = r"(?:ready|available|healthy|running|up)"
_PERFECT_UNREADY = (
    r"(?P<unready3>(?:has|have)(?:\s+not|n'?t)\s+been\s+ready|"
    r"(?:has|have)\s+been\s+(?:unready|not\s+ready|non-?ready))\b"
)
_UNITS = r"(?:pods?|replicas?|instances?)"
_PODS = rf"{_STATE}\s+{_UNITS}"
# The condition as said: "(is having|has|with|runs) less than 2 ready pods", "ready pods drop
# below 2", "available replicas < 2". None at all is below one: "(has|with) no ready pods",
# "zero available replicas". The count may stand before the workload's own name when the state
# follows ("fewer than 2 checkout replicas are available"): the name (group w) must be the
# workload's, or the alert is asked.
_CONDITION = re.compile(
    # "less than 2 pods ready": the state may follow the unit, as an adjective after it.
    rf"\b(?:{_BELOW})\s+(?P<n>\d+|{COUNT_WORDS})\s+(?:{_PODS}|{_UNITS}\s+{_STATE})\b|"
    rf"\b{_PODS}\s+(?:count\s+)?(?:is\s+|are\s+)?(?:{_BELOW})\s+(?P<m>\d+|{COUNT_WORDS})\b|"
    # (Round 23: "no pod ready", "zero replicas available": the state after the unit.)
    rf"\b(?P<none>no|zero|0)\s+(?:{_PODS}|{_UNITS}\s+{_STATE})\b|"
    # "when postgres is down (for more than 2 minutes)": no ready pod at all, below one.
    # ("has been down", "stays down": the same outage, said in the perfect or as it lasts.)
    r"\b(?P<down>(?:is|goes|are|go|(?:has|have)\s+been|went|stays?|remains?)\s+"
    r"(?:completely\s+|fully\s+|totally\s+)?(?:down|unavailable|offline)|"
    # Round 40 (gap43a, blind43): "is not running (for ten minutes)", "has no pods": none at all.
    r"(?:is|are|has\s+been|have\s+been)\s+not\s+runn?ing|(?:isn't|aren't|hasn't\s+been|"
    r"haven't\s+been)\s+runn?ing|(?:has|have)\s+(?:no|zero|0)\s+(?:pods?|replicas?|instances?)"
    r"(?:\s+(?:at\s+all|running|up))?)\b|"
    rf"\b(?:{_BELOW})\s+(?P<k>\d+|{COUNT_WORDS})\s+(?P<w>[a-z0-9][\w-]*)\s+{_UNITS}\s+"
    rf"(?:are|is)\s+{_STATE}\b|"
    # "payments pods stay unready", "a pod of payments is not ready", "has unready pods": any
    # pod short of ready — fewer ready pods than the workload wants.
    rf"\b{_UNITS}\s+(?:of\s+[a-z0-9][\w-]*\s+)?(?:stay|stays|remain|remains|are|is|go|goes|"
    r"get|gets|keep\s+being|sit|sits)\s+(?:still\s+)?(?P<unready>unready|not\s+ready|"
    r"non-?ready)\b|"
    rf"\b(?P<unready2>unready|non-?ready)\s+{_UNITS}\b|"
    # "payments pods have not been ready (for 10 minutes)", "have been unready": the same, said
    # in the perfect.
    rf"\b{_UNITS}\s+(?:of\s+[a-z0-9][\w-]*\s+)?{_PERFECT_UNREADY}",
    re.I,
)
# "with no ready pods", "has zero available replicas": the alert's condition said as none at
# all — read here, not a negation of the change (the guard's understood negations).
NONE = re.compile(
    rf"\b(?:no|zero)\s+(?:{_PODS}|{_UNITS}\s+{_STATE})\b|"
    # "payments pods are not ready for 15 minutes": some pod short of ready (_CONDITION).
    rf"\b{_UNITS}\s+(?:of\s+[a-z0-9][\w-]*\s+)?(?:stay|stays|remain|remains|are|is|go|goes|get|"
    r"gets|sit|sits)\s+(?:still\s+)?not\s+ready\b|"
    rf"\b{_UNITS}\s+(?:of\s+[a-z0-9][\w-]*\s+)?{_PERFECT_UNREADY}|"
    # Round 40 (gap43a): "worker is not running (for ten minutes)": none at all (_CONDITION).
    r"\b(?:(?:is|are|has\s+been|have\s+been)\s+not|isn't|aren't|hasn't\s+been|haven't\s+been)"
    r"\s+runn?ing\b",
    re.I,
)
# The whole condition clause, as the guard reads it: understood here, never a time to wait for.
CONDITION = re.compile(
    rf"\b(?:if|when|whenever|once|as\s+soon\s+as)\b[^.;]{{0,60}}?(?:{_CONDITION.pattern}|"
    rf"{signals.PATTERN})"
    r"(?:[^.;,]{0,10}\bfor\s+(?:more\s+than\s+|longer\s+than\s+|over\s+|at\s+least\s+)?"
    r"\S+\s*(?:minutes?|mins?|m|seconds?|secs?|s|hours?|h)?\b)?",
    re.I,
)
# "for 5 minutes" — never "an alert for when the worker is down", "for the worker": a 'for'
# that opens a clause or names who the alert is for is no hold.
_FOR = re.compile(
    # "during 5 minutes" (Spanish 'durante'): a hold only as a count and its unit — "during the
    # soak" is when the alert matters.
    r"\b(?:for|during(?=\s+(?:\d+|an?|one|two|three|five|ten|fifteen|twenty|thirty)\s*"
    r"(?:minutes?|mins?|m|seconds?|secs?|s|hours?|hrs?|h)\b))\s+(?!(?:when|whenever|if|once|as|each|every|the|this|that|all|my|our|its|their|"
    r"me|us|it|them)\b)"
    r"(?:more\s+than\s+|longer\s+than\s+|over\s+|at\s+least\s+)?"
    # A duration starts with its count ("5 minutes", "an hour", "ten minutes"): "for orders"
    # names who the alert is for.
    r"(?=\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|"
    # A vague span ("for ever", "for long", "for several …") is read, and asked about.
    r"half\s+an?|ever|long|awhile|some|several|few|good|many)\b)(?P<d>\S+\s*"
    r"(?:minutes?|mins?|m|seconds?|secs?|s|hours?|hrs?|h)?)\b",
    re.I,
)
# "severity page", "severity: high", or a bare level word: the rule's severity label, as said.
_SEVERITY = re.compile(
    r"\bseverity\s*[:=]?\s*([a-z][\w-]*)\b|\b(critical|warning|info)\b(?!\s*[:=])", re.I
)
# Signals this rule does not write an expression for: asked, never replaced by pod counts.
_OTHER = re.compile(
    r"\b(?:latency|errors?|error\s+rate|5\d\dx?|restarts?|restarting|crash\w*|oom\w*|cpu|memory|"
    r"disk|queue|lag|p9\d|slow|expr(?:ession)?|query|promql)\b",
    re.I,
)
_METRIC = {
    "Deployment": ("kube_deployment_status_replicas_available", "deployment"),
    "StatefulSet": ("kube_statefulset_status_replicas_ready", "statefulset"),
    "DaemonSet": ("kube_daemonset_status_number_available", "daemonset"),
}


def _count(word: str) -> int:
    if word.isdigit():
        return int(word)
    _, nums = placeholders(word.lower())
    if len(nums) != 1 or nums[0].count is None:
        raise Clarify(f"{word!r} is not a count I can read: below how many ready pods exactly?")
    return nums[0].count


def _served(ctx: Ctx) -> bool:
    try:
        resources = ctx.cluster.api_resources()
    except Exception:
        return False
    return any(
        r.get("kind") == "PrometheusRule"
        and str(r.get("apiVersion", "")).startswith("monitoring.coreos.com")
        for r in resources
    )


# No 'for' said ("page us if payments has fewer than 2 ready pods", "… during the soak"):
# the usual five minutes, said in the plan's reason, analysis and risks ('during' is when the
# alert matters, never how long the condition holds). A 'for' said but unread is asked.
DEFAULT_HOLD = "5m"


def _held(text: str) -> re.Match[str] | None:
    """The 'for …' that says how long the condition holds: never "an alert for orders that
    fires …", "for payments when …" (a name opening a clause: whom the alert is for)."""
    return next(
        (
            f
            for f in _FOR.finditer(text)
            if rx(r"\d|(?:an?|half|few|several)\b").match(f.group("d"))
            or f.group("d").split()[0].lower() in NUMBER_WORDS
            or not (
                rx(r"[:;,]\s*$").search(f.group("d"))
                or rx(r"\s*(?:[:;,]|(?:that|which|when|whenever|if|once|so)\b)").match(
                    text[f.end() :]
                )
            )
        ),
        None,
    )


# Round 24 (qtimes): "… immediately", "right away", "with no delay", "no grace period": the
# alert fires on the first evaluation that sees the condition — a hold of 0s, never the usual
# five minutes. Said beside a 'for' ("for 5 minutes, immediately") it is asked.
_IMMEDIATE = re.compile(
    r"\b(?:immediately|instantly|instantaneously|right\s+away|straight\s+away|at\s+once|"
    r"(?:with\s+)?(?:no|zero)\s+(?:delay|wait(?:ing)?|grace(?:\s+period)?|hold(?:\s+time)?)|"
    r"without\s+(?:any\s+)?(?:delay|waiting|a\s+grace\s+period|grace))\b",
    re.I,
)


def _duration(text: str) -> str:
    """The time the condition must hold ("for 5 minutes" → ``5m``); :data:`DEFAULT_HOLD` when
    no 'for' is said, asked when one is said but not read; ``0s`` when it fires at once."""
    m = _held(text)
    if (now := _IMMEDIATE.search(text)) and m is not None:
        raise Clarify(
            f"I read both {m.group(0).strip()!r} and {now.group(0)!r}: how long must the "
            "condition hold before the alert fires? Say e.g. 'for 2 minutes', or 'immediately'."
        )
    if now:
        return "0s"
    if m is None:
        return DEFAULT_HOLD
    cue = r"(?:for|during)\s+(?:(?:more|longer)\s+than\s+|over\s+|at\s+least\s+)?"
    # "for an hour", "for a minute": one of the unit, said as an article.
    said = rx(r"\b(?:an?|one)\s+(?=(?:hour|hr|minute|min|second|sec)\b)").sub(
        "1 ", text[m.start() :], 1
    )
    secs = slots.duration(said, cue=cue)
    if secs is None or secs <= 0:
        raise Clarify(
            "For how long must the condition hold before the alert fires? Say e.g. 'for 5 "
            "minutes' (an alert without it fires on a single scrape)."
        )
    for letter, size in (("h", 3600), ("m", 60)):
        if secs % size == 0:
            return f"{secs // size}{letter}"
    return f"{secs}s"


# Round 19: every pod of the namespace said as what the alert watches — "any pod in the project",
# "all pods in this namespace", "every container in shop", "any pod" (OpenShift's project is the
# namespace): a rule over the namespace's pods, for a condition of a pod (restarts, OOM kills,
# crash loops) only. ("each pod", "per pod" is a qualifier, asked by :mod:`.signals`.)
_EVERY_POD = re.compile(
    r"\b(?:any|every|all(?:\s+(?:the|of\s+the|our))?)\s+(?:pods?|containers?)\b"
    r"(?:\s+(?:in|of|across)\s+(?:the\s+|this\s+|our\s+|my\s+|whole\s+|entire\s+)*"
    r"(?P<where>[a-z0-9][\w-]*)(?:\s+(?:namespace|ns|project))?)?",
    re.I,
)
# The words for the namespace itself after "in the …" ("project": OpenShift's namespace).
_NAMESPACE_WORDS = frozenset({"namespace", "ns", "project", "cluster"})
# The conditions of a pod: what a namespace-wide rule can watch.
_POD_CONDITIONS = frozenset({"restarts", "restarted", "oom", "crashloop"})


def _every_pod(ctx: Ctx) -> bool:
    """Whether the alert is said about every pod of the session's namespace (no workload
    named; "in the cluster" is another scope, and asked)."""
    m = _EVERY_POD.search(ctx.text)
    if m is None or ctx.workloads():
        return False
    where = (m.group("where") or "namespace").lower()
    if where == "cluster":
        raise Clarify(
            f"I read {m.group(0)!r}: I write rules for the pods of namespace {ctx.namespace!r} "
            "only, never the whole cluster. Say 'any pod in this namespace', or name a workload."
        )
    return where in _NAMESPACE_WORDS or where == ctx.namespace.lower()


def _namespace_alert(ctx: Ctx, labels: Json | None) -> PlanResult:
    """A PrometheusRule over every pod of the namespace, for a pod's condition said."""
    cond = signals.read(
        ctx.text,
        kind="Namespace",
        name=ctx.namespace,
        namespace=ctx.namespace,
        said=ctx.request.intent,
    )
    if cond is None or cond.kind not in _POD_CONDITIONS:
        raise Clarify(
            "For every pod of the namespace I plan alerts on container restarts ('restarts "
            "more than 3 times in 15 minutes'), OOM kills or crash loops. Say one of those, or "
            "name the workload the alert is about."
        )
    if not _served(ctx):
        raise Clarify(
            "The cluster serves no monitoring.coreos.com PrometheusRule (the Prometheus "
            "Operator's alerting rules): install the Prometheus Operator, or set the alert up "
            "in your alerting system."
        )
    where = f"any pod of namespace {ctx.namespace}"
    rule, held = _rule(ctx, cond, where)
    _severity(ctx, rule)
    name = f"{ctx.namespace}-pods-{cond.kind}"
    manifest: Json = {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "PrometheusRule",
        "metadata": {"name": name, "namespace": ctx.namespace, "labels": dict(labels or {})},
        "spec": {"groups": [{"name": f"{ctx.namespace}.pods.{cond.kind}", "rules": [rule]}]},
    }
    prometheus_rule = Target.of(manifest)
    return PlanResult(
        category="monitoring",
        operations=[
            ApplyOp(
                target=prometheus_rule,
                manifest=manifest,
                reason=f"alert when {where} has {cond.summary}{held}",
            )
        ],
        analysis=(
            f"The Prometheus Operator serves PrometheusRule: {cond.name} fires when "
            f"{cond.expr} holds{held}, for every pod of namespace {ctx.namespace}."
        ),
        risks=[
            _SOURCES[cond.kind].format(name=ctx.namespace),
            *_defaulted(ctx.text, rule),
            *_routed(ctx.text),
            "the Prometheus' ruleSelector must select the rule's labels (say e.g. 'with label "
            "release=prom' when it needs one)",
        ],
        capabilities=["prometheus-operator"],
        targets=[prometheus_rule],
        validation_plan=[f"{prometheus_rule.describe()} exists"],
    )


def alert(ctx: Ctx, labels: Json | None = None) -> PlanResult:
    """A PrometheusRule alerting when the workload's ready pods stay below the count said."""
    if _every_pod(ctx):
        return _namespace_alert(ctx, labels)
    target, obj = ctx.workload()
    text = ctx.text
    cond = signals.read(
        text, kind=target.kind, name=target.name, namespace=ctx.namespace, said=ctx.request.intent
    )
    if cond is not None:
        return _signal(ctx, target, obj, cond, labels)
    found = _CONDITION.search(text)
    if found is None or _OTHER.search(text[: found.start()] + text[found.end() :]):
        raise Clarify(
            "I plan alerts on a workload's ready pods ('fewer than 2 ready pods for 5 "
            "minutes'), its 5xx ratio ('5xx ratio above 5% for 10m'), a latency quantile ('p99 "
            "above 800ms for 5m'), container restarts or OOM kills ('restarts more than 3 times "
            "in 15 minutes') and CPU or memory against its request or limit ('uses less than "
            "10% of its CPU request for 24h'). Say the condition one of those ways, or write "
            "the PrometheusRule's expression yourself."
        )
    if not _served(ctx):
        raise Clarify(
            "The cluster serves no monitoring.coreos.com PrometheusRule (the Prometheus "
            "Operator's alerting rules): install the Prometheus Operator, or set the alert up "
            "in your alerting system."
        )
    named = found.group("w")
    if named is not None and named.lower() != target.name.lower():
        raise Clarify(
            f"I read {found.group(0)!r}, but {target.describe()} is the workload the alert is "
            f"about: whose ready pods should it count? Say e.g. 'alert if {target.name} has "
            "fewer than 2 ready pods for 5 minutes'."
        )
    said = found.group("n") or found.group("m") or found.group("k")
    wanted = int((obj.get("spec") or {}).get("replicas", 1))
    if found.group("unready") or found.group("unready2") or found.group("unready3"):
        return _unready(ctx, target, obj, labels, _duration(text[found.end() :] or text))
    below = 1 if found.group("none") or found.group("down") else _count(said or "")
    if below < 1 or (target.kind != "DaemonSet" and below > wanted):
        raise Clarify(
            f"{target.describe()} wants {wanted} replicas: an alert below {below} ready pods "
            + ("never fires" if below < 1 else "would always fire")
            + ". Below how many ready pods exactly?"
        )
    hold = _duration(text[found.end() :] or text)
    metric, label = _METRIC[target.kind]
    expr = f'{metric}{{namespace="{ctx.namespace}", {label}="{target.name}"}} < {below}'
    name = "".join(p.capitalize() for p in rx(r"[-_.]").split(target.name))
    rule: Json = {
        "alert": f"{name}FewReadyPods",
        "expr": expr,
        "for": hold,
        "annotations": {
            # None at all ("0 available replicas", "no ready pods") is said as 0, as said.
            "summary": f"{target.describe()} has "
            + ("0" if found.group("none") or found.group("down") else f"fewer than {below}")
            + f" ready pods for {hold}",
        },
    }
    return _plan(
        ctx,
        target,
        obj,
        rule,
        labels,
        group="availability",
        reason=f"alert when {target.describe()} has fewer than {below} ready pods for {hold}",
        analysis=(
            f"The Prometheus Operator serves PrometheusRule: {rule['alert']} fires when "
            f"{expr} holds for {hold} (kube-state-metrics' count of ready pods)."
        ),
        risks=[
            "kube-state-metrics must be scraped by this Prometheus for the expression to have data"
        ],
    )


# The count a workload wants, beside its ready count (:data:`_METRIC`), from kube-state-metrics.
_WANTED = {
    "Deployment": "kube_deployment_spec_replicas",
    "StatefulSet": "kube_statefulset_replicas",
    "DaemonSet": "kube_daemonset_status_desired_number_scheduled",
}


def _unready(ctx: Ctx, target: Target, obj: Json, labels: Json | None, hold: str) -> PlanResult:
    """A PrometheusRule firing while fewer of the workload's pods are ready than it wants
    ("page the on-call if payments pods stay unready for more than 5 minutes"): the count it
    wants is read live, so the rule holds after a scale."""
    metric, label = _METRIC[target.kind]
    selector = f'{{namespace="{ctx.namespace}", {label}="{target.name}"}}'
    expr = f"{metric}{selector} < {_WANTED[target.kind]}{selector}"
    name = "".join(p.capitalize() for p in rx(r"[-_.]").split(target.name))
    rule: Json = {
        "alert": f"{name}PodsUnready",
        "expr": expr,
        "for": hold,
        "annotations": {"summary": f"{target.describe()} has pods not ready for {hold}"},
    }
    return _plan(
        ctx,
        target,
        obj,
        rule,
        labels,
        group="availability",
        reason=f"alert when {target.describe()} has pods not ready for {hold}",
        analysis=(
            f"The Prometheus Operator serves PrometheusRule: {rule['alert']} fires when "
            f"{expr} holds for {hold} (kube-state-metrics' ready count below the count the "
            "workload wants)."
        ),
        risks=[
            "kube-state-metrics must be scraped by this Prometheus for the expression to have data",
            "a rollout makes pods unready for a while: the hold should outlast one",
        ],
    )


# The metrics each kind of condition reads, for the plan's risks.
_SOURCES = {
    "errors": "the app must export http_requests_total with a code label (the Prometheus client "
    "convention), scraped as job={name}; edit the expression if it names them otherwise",
    "serving": "the app must export http_requests_total with a code label (the Prometheus client "
    "convention), scraped as job={name}; any 5xx at all fires it (a rate above zero): say a "
    "ratio ('5xx ratio above 1%') for a threshold of your own",
    "burn": "the app must export http_requests_total with a code label (the Prometheus client "
    "convention), scraped as job={name}; the burn rate is the 5xx ratio over the window divided "
    "by the error budget (1 - the SLO target said)",
    "latency": "the app must export the http_request_duration_seconds histogram, scraped as "
    "job={name}; edit the expression if it names it otherwise",
    "restarts": "kube-state-metrics must be scraped by this Prometheus for the expression to "
    "have data",
    "crashloop": "kube-state-metrics must be scraped by this Prometheus for the expression to "
    "have data; 'a lot' is read as crash-looping (CrashLoopBackOff): say a count and a window "
    "('more than 3 times in 15 minutes') for a threshold of your own",
    "restarted": "kube-state-metrics must be scraped by this Prometheus for the expression to "
    "have data; any restart at all fires it (the counter rose in the last 5 minutes): say a "
    "count and a window ('more than 3 times in 15 minutes') for a threshold of your own",
    "oom": "kube-state-metrics must be scraped by this Prometheus for the expression to have data",
    "metric": "the app must export the metric named, scraped by this Prometheus with a pod "
    "label (a ServiceMonitor or PodMonitor adds one); a maximum some series do not set (-1) "
    "skews a share of it",
    "usage": "cAdvisor (the kubelet) and kube-state-metrics must be scraped by this Prometheus, "
    "and the containers must set the request or limit the expression divides by",
}


def _signal(
    ctx: Ctx, target: Target, obj: Json, said: signals.Condition, labels: Json | None
) -> PlanResult:
    """A PrometheusRule for a condition of the catalogue (:mod:`.signals`)."""
    if not _served(ctx):
        raise Clarify(
            "The cluster serves no monitoring.coreos.com PrometheusRule (the Prometheus "
            "Operator's alerting rules): install the Prometheus Operator, or set the alert up "
            "in your alerting system."
        )
    if said.resource and said.against:
        # "less than 10% of its CPU request": a container without one divides by nothing.
        unset = [
            c.get("name", "?")
            for c in containers(obj)
            if said.resource not in ((c.get("resources") or {}).get(said.against) or {})
        ]
        if unset:
            raise Clarify(
                f"Container {', '.join(unset)} of {target.describe()} sets no {said.resource} "
                f"{said.against[:-1]}, so an alert against it would never have data: set the "
                f"{said.against[:-1]} first, or alert on another condition."
            )
    rule, held = _rule(ctx, said, target.describe())
    return _plan(
        ctx,
        target,
        obj,
        rule,
        labels,
        # A named metric: one rule per metric, so a second one does not replace the first.
        group=said.kind if said.kind != "metric" else said.summary.split()[0].replace("_", "-"),
        reason=f"alert when {target.describe()} has {said.summary}{held}",
        analysis=(
            f"The Prometheus Operator serves PrometheusRule: {said.name} fires when "
            f"{said.expr} holds{held}."
        ),
        risks=[_SOURCES[said.kind].format(name=target.name)],
    )


def _rule(ctx: Ctx, said: signals.Condition, where: str) -> tuple[Json, str]:
    """The alerting rule for the condition said about ``where``, held as long as the words say
    ("more than 3 times in 15 minutes": the window is the whole condition, no 'for' needed),
    and the hold as the reason and analysis tell it (" for 5m", or "")."""
    rest = ctx.text[: said.span[0]] + " " + ctx.text[said.span[1] :]
    hold = None if said.window is not None and not _held(rest) else _duration(rest)
    rule: Json = {"alert": said.name, "expr": said.expr}
    if hold is not None:
        rule["for"] = hold
    held = f" for {hold}" if hold else ""
    rule["annotations"] = {"summary": f"{where}: {said.summary}{held}"}
    return rule, held


def _severity(ctx: Ctx, rule: Json) -> None:
    """The severity said ("page as critical", "severity: warning") as the rule's label."""
    if m := _SEVERITY.search(ctx.text):
        rule["labels"] = {"severity": (m.group(1) or m.group(2)).lower()}


def _plan(
    ctx: Ctx,
    target: Target,
    obj: Json,
    rule: Json,
    labels: Json | None,
    *,
    group: str,
    reason: str,
    analysis: str,
    risks: list[str],
) -> PlanResult:
    """The PrometheusRule holding ``rule`` for ``target``, with the severity said."""
    _severity(ctx, rule)
    manifest: Json = {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "PrometheusRule",
        "metadata": {
            "name": f"{target.name}-{group}",
            "namespace": ctx.namespace,
            "labels": {**pod_labels(obj), **(labels or {})},
        },
        "spec": {"groups": [{"name": f"{target.name}.{group}", "rules": [rule]}]},
    }
    prometheus_rule = Target.of(manifest)
    return PlanResult(
        category="monitoring",
        operations=[ApplyOp(target=prometheus_rule, manifest=manifest, reason=reason)],
        analysis=analysis,
        risks=[
            *risks,
            *_defaulted(ctx.text, rule),
            *_routed(ctx.text),
            "the Prometheus' ruleSelector must select the rule's labels (say e.g. 'with label "
            "release=prom' when it needs one)",
        ],
        capabilities=["prometheus-operator"],
        targets=[target, prometheus_rule],
        validation_plan=[f"{prometheus_rule.describe()} exists"],
    )


def _defaulted(text: str, rule: Json) -> list[str]:
    """The risk that says the hold was not said and the default was used."""
    if rule.get("for") != DEFAULT_HOLD or _FOR.search(text):
        return []
    return [
        f"no duration was said: the condition must hold {DEFAULT_HOLD} (the usual default) "
        "before the alert fires; say e.g. 'for 2 minutes' for another"
    ]


_ROUTE = re.compile(r"\b(?:e-?mail|mail|page|ping|slack|wake|notify)\b", re.I)


def _routed(text: str) -> list[str]:
    """Who is told (email, page, Slack) is Alertmanager's routing, not the rule's."""
    if not _ROUTE.search(text):
        return []
    return [
        "who is told (email, page, Slack) is Alertmanager's routing and receivers, not this "
        "rule: route its labels there"
    ]
