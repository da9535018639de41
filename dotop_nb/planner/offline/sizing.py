"""Requests and limits relative to what a container has now, one limit removed, and
Guaranteed QoS. (Absolute values, "cpu request 250m", are :func:`.config.resources`.)

"raise the memory limit of my-api by 50%" reads the current limit (256Mi) and sets 384Mi;
"add 100m to the cpu request" adds; "double"/"halve" multiply. "remove the cpu limit" deletes
that one key and keeps every other value. "Guaranteed QoS" (requests = limits) sets both to the
limit where one exists, else the request, on every container; a resource with neither is asked.
Guaranteed said as no order (round 41, attack47) is asked: negated ("make my-api not Guaranteed
QoS", "my-api shouldn't be Guaranteed", "take it out of Guaranteed QoS"), done ("Alice made
frontend Guaranteed QoS", "my-api was made Guaranteed QoS") or wished ("I'd make my-api
Guaranteed QoS") — unless another clause orders it ("…, make frontend Guaranteed QoS too").
Example::

    raise the memory limit of my-api by 50%
    → containers[api].resources.limits.memory = 384Mi (was 256Mi)
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.planner.offline import guard, quantities, template
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify, Ctx, containers
from dotop_nb.planner.offline.numbers import placeholders
from dotop_nb.planner.offline.quantities import cores_or_bytes
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.workloads import pick_container
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
_RESOURCE = r"(?:cpu|memory|mem|ram)"
_FIELD = r"(?:requests?|limits?)"
# "another 250m", "an extra 128Mi", "a further 100m", "add 64Mi", "250m more": an amount on top
# of the current value, never the value itself.
_MORE = (
    r"(?:add(?:\s+(?:on|in))?|another|an?\s+(?:extra|additional|further)|extra|additional|further)"
)
_QTY = r"\d+(?:\.\d+)?\s*(?:m|mi|gi|ki|g)?"
# "cpu request +50m": a plus sign before the amount says the same.
_ON_TOP = rf"\b(?:(?:add\s+)?{_MORE})\s+({_QTY})\b|\b({_QTY})\s+more\b|(?<![\w+])\+\s?({_QTY})\b"
# "by 50%", "by fifty percent", "by half", "by a third" (an amount relative to now).
_BY = rf"\bby\s+(?:\d|half\b|a\s+(?:half|third|quarter)\b|(?:{t.COUNT_WORDS})\s*(?:%|percent\b))"
# "2 times", "3x the current", "x2": a factor of the value now — never "2" cores; a count of
# how often something happened ("hit the limit 3 times today") is followed by other words.
_TIMES = (
    r"(?:\b(\d+(?:\.\d+)?|two|three|four)\s*(?:times|x)|(?<![\w.])x\s?(\d+(?:\.\d+)?))"
    r"(?=\s*(?:$|[,.;!)]|(?:the\s+)?(?:current|present|existing|now|what\s+it\s+is|as\s+"
    r"(?:much|big|large|high))\b|(?:bigger|larger|more|higher|over)\b))"
)
RELATIVE = re.compile(
    rf"\b{_RESOURCE}\b.*\b{_FIELD}\b.*{_BY}|\b{_FIELD}\b.*\b{_RESOURCE}\b.*{_BY}|"
    rf"\b{_RESOURCE}\b.*\b{_FIELD}\b.*{_TIMES}|\b{_FIELD}\b.*\b{_RESOURCE}\b.*{_TIMES}|"
    rf"\b{_RESOURCE}\b.*\b{_FIELD}\b.*\b(?:in\s+half|halved|doubled|tripled)\b|"
    rf"\b(?:double|triple|halve)\b.*\b{_RESOURCE}\b\s*{_FIELD}|"
    rf"(?:{_ON_TOP}).*\b{_FIELD}|\b{_FIELD}\b.*(?:{_ON_TOP})"
)
REMOVE = re.compile(
    rf"{guard.LIMIT_REMOVED.pattern}|"
    # "The memory limit of my-api should be removed": said of the limit.
    rf"\b{_RESOURCE}\s+{_FIELD}\b(?:\s+(?:of|on|for|in)(?:\s+(?!(?:should|must|has|needs|can|is|will|"
    r"shall)\b)[\w\-']+){1,6}?)?\s+(?:should|must|has\s+to|"
    r"needs\s+to|can|is\s+to|will|shall)\s+(?:be\s+)?(?:removed|dropped|deleted|unset|cleared|"
    r"gone|go(?=\s*(?:$|[,.;!]|\band\b)))\b",
    re.I,
)
# A message broker's QoS said with its level ("QoS 2 messages", "MQTT QoS1", "qos level 0") is
# the delivery guarantee of a protocol, never a pod's QoS class (round 16).
KUBE_QOS = r"(?<!mqtt\s)\bqos\b(?!\s*(?:level\s*)?[-_=:]?\s*[012]\b)"
# "requests equal to limits", "limits = requests", "requests and limits equal", "the same request
# and limit", "request and limit identical": the two said to be one value.
_OF = r"(?:to\s+)?(?:the\s+|its\s+|their\s+)?"
_EQUAL = (
    rf"\b(?:requests?\s+(?:equal|=|==|match|the same as)\s*{_OF}limits?|"
    rf"limits?\s+(?:equal|=|==|match|the same as)\s*{_OF}requests?|"
    r"(?:requests?\s+(?:and|&|/|=)\s+limits?|limits?\s+(?:and|&|/|=)\s+requests?)\s+"
    r"(?:(?:are|be|both|set|kept|made)\s+)*(?:equal|identical|the\s+same|matching)\b|"
    r"(?:the\s+)?same\s+(?:value\s+(?:for|as)\s+)?(?:the\s+)?(?:requests?\s+(?:and|&|/)\s+"
    r"limits?|limits?\s+(?:and|&|/)\s+requests?)\b)"
)
GUARANTEED = re.compile(rf"\bguaranteed\b|{KUBE_QOS}|{_EQUAL}")
CUE = re.compile(f"{RELATIVE.pattern}|{REMOVE.pattern}|{GUARANTEED.pattern}", re.I)


def _resource(text: str) -> str | None:
    cpu = bool(rx(r"\bcpu\b").search(text))
    mem = bool(rx(r"\b(?:memory|mem|ram)\b").search(text))
    return None if cpu == mem else ("cpu" if cpu else "memory")


def _field(text: str) -> str | None:
    req = bool(rx(r"\brequests?\b").search(text))
    lim = bool(rx(r"\blimits?\b").search(text))
    return None if req == lim else ("requests" if req else "limits")


def _format(resource: str, value: float) -> str:
    if resource == "cpu":
        return f"{round(value * 1000)}m"
    for unit, size in (("Gi", 2.0**30), ("Mi", 2.0**20), ("Ki", 2.0**10)):
        if value >= size and abs(value / size - round(value / size)) < 1e-9:
            return f"{round(value / size)}{unit}"
    return f"{round(value / 2**20)}Mi"


def _patch(ctx: Ctx, per_container: dict[str, Json], summary: str, risks: list[str]) -> PlanResult:
    target, _ = ctx.workload()
    return template.plan(
        ctx,
        target,
        "resources",
        template.containers_spec({n: {"resources": r} for n, r in per_container.items()}),
        analysis=f"{target.describe()}: {summary}.",
        verified="the new resources",
        risks=risks,
    )


def _relative(ctx: Ctx) -> PlanResult:
    target, obj = ctx.workload()
    container = pick_container(ctx, target, obj)
    text = ctx.text
    resource, field = _resource(text), _field(text)
    if resource is None or field is None:
        raise Clarify(
            "Which one exactly: the cpu or memory, request or limit? Say e.g. 'raise the "
            "memory limit by 50%'."
        )
    current = ((container.get("resources") or {}).get(field) or {}).get(resource)
    if current is None:
        raise Clarify(
            f"Container {container['name']} of {target.describe()} has no {resource} "
            f"{field[:-1]} to change relative to: what value should it get?"
        )
    base = cores_or_bytes(str(current))
    # "by fifty percent": the count in digits; "by half" is halving, "doubled" doubling.
    text = rx(rf"\bby\s+((?:{t.COUNT_WORDS})(?:[\s\-]+(?:{t.COUNT_WORDS}))*)\s*(%|percent\b)").sub(
        _digits, text
    )
    text = rx(r"\b(?:by\s+(?:a\s+)?half|in\s+half|halved)\b").sub("halve", text)
    text = rx(r"\bdoubled\b").sub("double", rx(r"\btripled\b").sub("triple", text))
    down = rx(r"\b(?:lower|reduc|decreas|cut|shrink|down\b|drop)\w*").search(text)
    if m := rx(r"\bby\s+a\s+(third|quarter)\b").search(text):
        factor = {"third": 1 / 3, "quarter": 0.25}[m.group(1)]
        value = base * (1 - factor if down else 1 + factor)
        how = f"{'-' if down else '+'}a {m.group(1)}"
    elif m := rx(r"\bby\s+(\d+(?:\.\d+)?)\s*(?:%|percent)").search(text):
        factor = float(m.group(1)) / 100
        value = base * (1 - factor if down else 1 + factor)
        how = f"{'-' if down else '+'}{m.group(1)}%"
    elif m := rx(rf"\bby\s+({_QTY})\b|{_ON_TOP}").search(text):
        said = next(g for g in m.groups() if g).replace(" ", "")
        amount = t.cpu(said) if resource == "cpu" else t.memory(said)
        if amount is None:
            raise Clarify(f"{said!r} is not a {resource} quantity: by how much exactly?")
        value = base - cores_or_bytes(amount) if down else base + cores_or_bytes(amount)
        how = f"{'-' if down else '+'}{amount}"
    elif m := rx(_TIMES).search(text):
        said = m.group(1) or m.group(2)
        factor = {"two": 2.0, "three": 3.0, "four": 4.0}.get(said.lower()) or float(said)
        if factor <= 1 or down:
            raise Clarify(
                f"{said} times the {resource} {field[:-1]} ({current}) is no raise: what value "
                "exactly?"
            )
        value = base * factor
        how = f"x{said}"
    elif m := rx(r"\b(double|triple|halve)\b").search(text):
        value = base * {"double": 2, "triple": 3, "halve": 0.5}[m.group(1)]
        how = m.group(1)
    else:
        raise Clarify("By how much? Say e.g. 'by 50%' or 'by 256Mi'.")
    if value <= 0:
        raise Clarify(f"That leaves {resource} {field[:-1]} at {value}: what value exactly?")
    new = _format(resource, value)
    per = {container["name"]: {field: {resource: new}}}
    risks = []
    if field == "requests":
        limit = ((container.get("resources") or {}).get("limits") or {}).get(resource)
        if limit is not None and cores_or_bytes(new) > cores_or_bytes(str(limit)):
            per[container["name"]]["limits"] = {resource: new}
            risks.append(f"{resource} limit {limit} raised to {new}: a request may not exceed it")
    return _patch(
        ctx,
        per,
        f"container `{container['name']}` {resource} {field[:-1]} {current} → {new} ({how})",
        risks,
    )


def _digits(m: re.Match[str]) -> str:
    """ "by fifty percent" → "by 50%" (left as said when the words are not one number)."""
    _, nums = placeholders(m.group(1))
    return f"by {nums[0].count}%" if len(nums) == 1 and nums[0].count is not None else m[0]


def _remove(ctx: Ctx) -> PlanResult:
    target, obj = ctx.workload()
    container = pick_container(ctx, target, obj)
    m = REMOVE.search(ctx.text)
    resource, field = (_resource(m.group(0)), _field(m.group(0))) if m else (None, None)
    if resource is None or field is None:
        raise Clarify("Which one should go: the cpu or memory request or limit?")
    current = (container.get("resources") or {}).get(field) or {}
    if resource not in current:
        raise Clarify(
            f"Container {container['name']} of {target.describe()} has no {resource} "
            f"{field[:-1]} (it has: {', '.join(f'{k}={v}' for k, v in current.items()) or 'none'})."
        )
    kept = {k: v for k, v in current.items() if k != resource}
    return _patch(
        ctx,
        {container["name"]: {field: {resource: None}}},
        f"container `{container['name']}`: remove the {resource} {field[:-1]} "
        f"({current[resource]}); "
        + (f"kept: {', '.join(f'{k}={v}' for k, v in kept.items())}" if kept else "no other"),
        [],
    )


def _guaranteed_said(ctx: Ctx) -> PlanResult | None:
    """ "Guaranteed QoS for payments: 500m cpu and 512Mi memory": the values said, as both the
    request and the limit of the container (None when no quantity is said)."""
    said = rx(rf"{_EQUAL}|\bguaranteed\b|{KUBE_QOS}").sub(" ", ctx.text)
    found = quantities.values(said)
    values = {**found.get("requests", {}), **found.get("limits", {})}
    if not values:
        return None
    if any(found.get(k, {}).get(r, v) != v for k in found for r, v in values.items()):
        raise Clarify("Guaranteed QoS needs one value per resource, for request and limit alike.")
    target, obj = ctx.workload()
    container = pick_container(ctx, target, obj)
    res = container.get("resources") or {}
    kept = _resources_kept(ctx.text)
    missing = [r for r in kept if r not in values and r not in (res.get("limits") or {})]
    if missing:
        raise Clarify(
            f"Guaranteed QoS needs a {' and a '.join(missing)} value too: which (e.g. "
            "'500m cpu and 512Mi memory')?"
        )
    body: Json = {"requests": {}, "limits": {}}
    for resource in kept:
        value = values.get(resource) or (res.get("limits") or {})[resource]
        body["requests"][resource] = value
        body["limits"][resource] = value
    others = [c["name"] for c in containers(obj) if c["name"] != container["name"]]
    return _patch(
        ctx,
        {container["name"]: body},
        f"Guaranteed QoS for container `{container['name']}`, requests = limits: "
        + ", ".join(f"{r}={v}" for r, v in body["limits"].items()),
        ["pods of Guaranteed QoS are the last evicted, but can never use more than their limit"]
        + ([f"the pod is Guaranteed only when {', '.join(others)} match too"] if others else []),
    )


def _resources_kept(text: str) -> tuple[str, ...]:
    """The resources whose request and limit are made one: both for Guaranteed QoS, the one
    named otherwise ("the memory request equal to its limit")."""
    one = _resource(text)
    if one is None or rx(rf"\bguaranteed\b|{KUBE_QOS}").search(text):
        return ("cpu", "memory")
    return (one,)


def _guaranteed(ctx: Ctx) -> PlanResult:
    if (said := _guaranteed_said(ctx)) is not None:
        return said
    target, obj = ctx.workload()
    # "limits equal to requests": the limits come down to the requests; otherwise ("requests
    # equal limits", "Guaranteed QoS") the requests go up to the limits.
    down = rx(rf"\blimits?\s+(?:equal|=|==|match|the same as)\s*{_OF}requests?").search(ctx.text)
    per: dict[str, Json] = {}
    missing = []
    changes = []
    kept = _resources_kept(ctx.text)
    # "orders app limits equal to requests": the container said, never its sidecar too.
    named = [
        c
        for c in containers(obj)
        if c["name"] != target.name and rx(rf"\b{re.escape(c['name'])}\b").search(ctx.text)
    ]
    for container in named or containers(obj):
        res = container.get("resources") or {}
        requests, limits = res.get("requests") or {}, res.get("limits") or {}
        body: Json = {}
        for resource in kept:
            first, then = (requests, limits) if down else (limits, requests)
            value = first.get(resource) or then.get(resource)
            if value is None:
                missing.append(f"{container['name']} {resource}")
                continue
            if requests.get(resource) != value:
                body.setdefault("requests", {})[resource] = value
            if limits.get(resource) != value:
                body.setdefault("limits", {})[resource] = value
            changes.append(f"{container['name']} {resource}={value}")
        if body:
            per[container["name"]] = body
    if missing:
        raise Clarify(
            f"Guaranteed QoS needs cpu and memory requests equal to limits on every container; "
            f"{target.describe()} has neither for {', '.join(missing)}. Which values (e.g. "
            "'cpu request 500m and limit 500m')?"
        )
    if not per:
        raise Clarify(f"{target.describe()} is Guaranteed already (requests equal limits).")
    return _patch(
        ctx,
        per,
        "Guaranteed QoS, requests = limits: " + ", ".join(changes),
        ["pods of Guaranteed QoS are the last evicted, but can never use more than their limit"],
    )


# Guaranteed said as no order, read in its own clause before the word: a negation ("make it not
# Guaranteed", "shouldn't be", "non-", "anything but", "out of", "drop", "stop"); a verb of
# making in the past, said or passive ("Alice made", "was made", "has been switched to"); a wish
# of what one would do ("I'd make", "we would switch"; never "I'd like to make").
_CLAUSE = re.compile(r"[,;:.!?()\n]|\s[-\u2013\u2014]\s|\bbut\b(?!\s+guaranteed)|\bthen\b")
_APOS = r"['\u2019]"
_NEGATED = (
    rf"\b(?:not|never|no\s+longer|non|anything\s+but|other\s+than|out\s+of|off|away\s+from|"
    rf"drop|dropping|remove|removing|strip|stop|undo|revert)\b|n{_APOS}t\b"
)
_MAKING = r"(?:made|turned|switched|moved|converted|changed|put|set|given|gave|got|became)"
_PAST = (
    rf"\b(?:was|were|been|being)\s+(?:\w+\s+)?{_MAKING}\b|"
    r"\b(?:made|turned|switched|moved|converted|changed|gave|got|became)\b"
)
_WISH = (
    rf"\b(?:i|we|you|they|he|she|someone)(?:{_APOS}d|\s+would|\s+might|\s+could)\s+"
    r"(?!(?:like|love|prefer|want|appreciate|rather|be)\b)(?:\w+\s+)?(?:make|set|switch|move|"
    r"turn|put|give|go\s+for|get)\b"
)
_NO_ORDER = re.compile(rf"(?P<negated>{_NEGATED})|(?P<past>{_PAST})|(?P<wish>{_WISH})")


def _not_ordered(text: str) -> None:
    """Raise :class:`Clarify` when each clause that says Guaranteed says it negated, done or
    wished (a negated one is asked whatever the other clauses say); return None otherwise."""
    found: list[tuple[str, str]] = []
    ordered = False
    for clause in _CLAUSE.split(text):
        if not (cue := GUARANTEED.search(clause)):
            continue
        before = clause[: cue.start()]
        hits = [
            m
            for m in _NO_ORDER.finditer(before)
            # "make it not Burstable but Guaranteed": what is negated is another class; "isn't
            # Guaranteed yet, make it so" says how things are (read as on any request).
            if not rx(r"\b(?:but|instead|rather)\b").search(before[m.end() :])
            and not rx(rf"\b(?:is|are|was|were)(?:\s+not|n{_APOS}t)$").search(before[: m.end()])
        ]
        if not hits:
            ordered = True
            continue
        found.append((hits[-1].lastgroup or "", clause.strip()))
    said = next((f for f in found if f[0] == "negated"), None) or (found[0] if found else None)
    if said is None or (ordered and said[0] != "negated"):
        return
    how = {
        "negated": "as not wanted",
        "past": "as what was done already",
        "wish": "as what one would do",
    }[said[0]]
    raise Clarify(
        f"I read {said[1]!r} {how}, not as an order to make the pods Guaranteed QoS (requests "
        "equal to limits), so I changed nothing. Which is meant: make it Guaranteed (say e.g. "
        "'make my-api Guaranteed QoS'), or set other requests and limits (say which)?"
    )


def sizing(ctx: Ctx) -> PlanResult:
    """Relative change, one limit or request removed, or Guaranteed QoS."""
    if GUARANTEED.search(ctx.text):
        _not_ordered(ctx.text)
    if REMOVE.search(ctx.text):
        return _remove(ctx)
    if GUARANTEED.search(ctx.text):
        return _guaranteed(ctx)
    return _relative(ctx)
