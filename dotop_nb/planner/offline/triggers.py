"""KEDA triggers other than cpu and memory, read from the words of an autoscale intent.

"keda on checkout from prometheus at http://prom:9090, query up, threshold 20" scales on a
Prometheus query: the ScaledObject needs the server, the query and the threshold, each as said.
A query or threshold not said is asked about, never filled with a default (a made-up query would
scale on something nobody asked for). The server is where the organisation's Prometheus is, which
people rarely say: when it is not said it is the one Prometheus the cluster runs (a Service of
the Prometheus Operator or the Prometheus chart), else the address the autoscaling pattern names
(``recommendation.parameters.prometheus_server``), said in the proposal either way; two found,
or none, is asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from dotop_nb.errors import ClusterError
from dotop_nb.models import Target
from dotop_nb.planner.offline.context import Clarify, Ctx, pod_labels
from dotop_nb.planner.offline.numbers import placeholders
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import COUNT_WORDS

Json = dict[str, Any]
_PROMETHEUS = re.compile(r"\bprometheus\b(?:\s+(?:trigger|scaler|metric|query))?", re.IGNORECASE)
_URL = r"https?://[^\s,;'\"()]+"
_SERVER = re.compile(
    rf"\b(?:server(?:\s*address)?|address|url|at|on|from|via)\s*[:=]?\s*(?P<v>{_URL})",
    re.IGNORECASE,
)
_STOP = r"(?=\s*,|\s+(?:and|with|threshold|server|min(?:imum)?|max(?:imum)?)\b|\s*$)"
_QUERY = re.compile(
    rf"\b(?:query|promql|expression)\s*[:=]?\s*(?P<v>'[^']+'|\"[^\"]+\"|\S+?){_STOP}"
    # "the prometheus metric orders_queue_depth": a metric said by its name is the query.
    r"|\bprometheus\s+(?:metric|gauge|counter|series)\s+(?:named\s+|called\s+)?(?P<m>[a-z_:][a-z0-9_:]*_[a-z0-9_:]*)\b",
    re.IGNORECASE,
)
# A PromQL function said without "query": "on sum(rate(http_requests_total[1m]))".
_CALL = re.compile(
    r"(?<![\w.])(?:sum|avg|max|min|count|rate|irate|increase|histogram_quantile|"
    r"avg_over_time|max_over_time|sum_over_time|quantile)\s*\(",
    re.IGNORECASE,
)
_THRESHOLD = re.compile(
    r"\b(?:threshold|target\s+value)\s*(?:of|at|is|[:=])?\s*(?P<v>\d+(?:\.\d+)?)(?![\w.])"
    # "scale out past 100 rps", "add pods above 50": the value the query is compared with,
    # said as what it goes beyond — never a replica count or a percentage.
    r"|\b(?:past|above|over|beyond|exceeds?|exceeding|more\s+than)\s+(?P<w>\d+(?:\.\d+)?)"
    r"(?![\w.%])(?!\s*(?:replicas?|pods?|instances?|copies|percent)\b)"
    # "50 per pod", "100 messages per replica": the value each replica takes, which is what
    # KEDA's threshold is (it divides the query's value by it to size the workload).
    r"|(?<![\w.\-])(?P<p>\d+(?:\.\d+)?)\s+(?:[a-z]+\s+)?(?:per|a|each|/)\s*"
    r"(?:pod|replica|instance)\b",
    re.IGNORECASE,
)


def _server(text: str) -> tuple[str, int, int] | None:
    """The server said by a word before its URL, else the one URL said ("prom at http://…")."""
    if m := _SERVER.search(text):
        return m.group("v"), m.start(), m.end()
    urls = list(rx(_URL).finditer(text))
    return (urls[0].group(0), urls[0].start(), urls[0].end()) if len(urls) == 1 else None


def _query(text: str) -> tuple[str, int, int] | None:
    """The query said after its name, a metric said by name, or a PromQL call said inline with
    its brackets balanced ("sum(rate(http_requests_total[1m]))")."""
    if m := _QUERY.search(text):
        return (m.group("v") or m.group("m")).strip("'\""), m.start(), m.end()
    if m := _CALL.search(text):
        depth = 0
        for i in range(m.end() - 1, len(text)):
            depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(text[i], 0)
            if depth == 0:
                return text[m.start() : i + 1], m.start(), i + 1
    return None


def _threshold(text: str) -> tuple[str, int, int] | None:
    if m := _THRESHOLD.search(text):
        return m.group("v") or m.group("w") or m.group("p"), m.start(), m.end()
    return None


# KEDA's cron scaler: "a cron trigger, 4 replicas from 08:00 to 20:00 Europe/Berlin". A window of
# two times of day (with a colon or am/pm: a bare "from 8 to 20" may be replica counts), the
# replicas it holds, and the time zone, each as said; none is ever a default.
_CRON_ASKED = re.compile(
    r"\bcron\b|\b(?:time|schedule)[- ]?(?:based\s+)?(?:trigger|scaler)\b", re.I
)
_CLOCK = (
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w))?|"
    r"(?:1[0-2]|0?[1-9])\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|noon|midnight"
)
WINDOW = re.compile(
    rf"\b(?:(?:from|between|during)\s+)?(?P<a>{_CLOCK})\s*(?:to|and|until|till|through|thru|"
    rf"-|\u2013)\s*(?P<b>{_CLOCK})",
    re.I,
)
# Five fields; the last never ends in a comma ("start 0 6 * * 1-5, end …": the list goes on).
_CRON_FIELDS = r"(?:[\d*/,\-]+\s+){4}[\d*/,\-]*[\d*]"
_CRON_SAID = re.compile(
    rf"\b(?P<k>start|end)\s*(?:at|is|[:=])?\s*(?P<q>['\"]?)(?P<v>{_CRON_FIELDS})(?P=q)", re.I
)
_ZONES = r"Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc"
_ZONE = re.compile(
    rf"\b(?:(?:time\s*zone|timezone|tz)\s*[:=]?\s*)?(?P<z>(?:{_ZONES})/[A-Za-z_]+(?:/[A-Za-z_]+)?|"
    r"UTC|GMT)\b(?:\s+time\b)?",
)
# A zone said by an abbreviation or a place: which offset (and summer time) is a guess.
_VAGUE_ZONE = re.compile(
    r"\b(?:CES?T|EES?T|WES?T|[ECMP][SD]T|BST|IST|JST|AES?T|local\s+time|our\s+time|"
    r"(?:berlin|london|paris|new\s+york|tokyo)\s+time)\b",
    re.I,
)
_DAYS_SAID = re.compile(
    r"\b(?:on\s+)?(?:week\s?days?|mon(?:day)?\s*(?:-|\u2013|to|through|thru)\s*fri(?:day)?)\b|"
    r"\b(?:on\s+)?week\s?ends?\b|\b(?:every\s+day|daily)\b",
    re.I,
)
_DAY_NAME = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b", re.I
)
_UNIT = r"(?:replicas?|pods?|instances?|copies)"
# "6 replicas", "6 payments pods": a word between the count and its unit may name the workload.
_COUNT = re.compile(rf"\b(?P<n>\d+|{COUNT_WORDS})\s+(?:[a-z][\w-]*\s+)?{_UNIT}\b", re.I)
# "1 replica otherwise", "2 outside those hours": the count outside the window is the floor.
_OUTSIDE = re.compile(
    rf"\b(?P<n>\d+|{COUNT_WORDS})(?:\s+{_UNIT})?\s+(?:otherwise|outside\b[\w\s]{{0,20}}?"
    r"(?:hours|window|times?)|the\s+rest\s+of\s+the\s+(?:time|day)|at\s+night|overnight|"
    r"off[- ]hours|after\s+hours)\b|\b(?:otherwise|outside\b[\w\s]{0,20}?(?:hours|window)|"
    rf"the\s+rest\s+of\s+the\s+(?:time|day)|at\s+night|overnight)\s*,?\s*(?P<m>\d+|{COUNT_WORDS})"
    rf"(?:\s+{_UNIT})?\b",
    re.I,
)


def _clock(said: str) -> tuple[int, int]:
    """The (hour, minute) of one time said in the window ("08:00", "8pm", "noon")."""
    t = said.lower().replace(" ", "")
    if t in ("noon", "midnight"):
        return (12 if t == "noon" else 0), 0
    m = rx(r"(\d{1,2})(?::(\d{2}))?(am|pm|a\.m\.|p\.m\.)?").fullmatch(t)
    assert m is not None
    hour, minute, half = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    if half and hour > 12:
        raise Clarify(f"{said!r} is not a time of day: at what time exactly?")
    if half and half.startswith("p") and hour < 12:
        hour += 12
    elif half and half.startswith("a") and hour == 12:
        hour = 0
    return hour, minute


def _days(text: str) -> str:
    """The day-of-week field: every day unless weekdays or weekends are said; other days asked."""
    said = _DAYS_SAID.search(text)
    named = _DAY_NAME.search(_DAYS_SAID.sub(" ", text))
    if named or (said and len(_DAYS_SAID.findall(text)) > 1):
        raise Clarify(
            "On which days should the window hold? I read 'weekdays', 'weekends' or 'every "
            "day'; say one of them, or the window as cron ('start 0 8 * * 1-5, end 0 20 * * 1-5')."
        )
    if said is None or rx(r"every\s+day|daily", re.I).search(said.group(0)):
        return "*"
    return "0,6" if rx(r"end", re.I).search(said.group(0)) else "1-5"


def _count(word: str) -> int:
    if word.isdigit():
        return int(word)
    _, nums = placeholders(word.lower())
    if len(nums) != 1 or nums[0].count is None:
        raise Clarify(f"{word!r} is not a count I can read: how many replicas exactly?")
    return nums[0].count


def cron(text: str, *, keda: bool) -> tuple[Json | None, str, int | None]:
    """``(trigger, rest, floor)``: KEDA's cron trigger said in ``text`` (a cron scaler named, or
    KEDA asked for with a window of two times of day), the text without what it read, and the
    count said for outside the window (None when unsaid); ``(None, text, None)`` when neither.
    A bound of the window, the replicas it holds or the time zone not said is asked."""
    window = WINDOW.search(text)
    crons = {m.group("k").lower(): m for m in _CRON_SAID.finditer(text)}
    if not (_CRON_ASKED.search(text) or (keda and (window or crons))):
        if window:
            # "autoscale my-api 2-6 at 70% cpu from 08:00 to 20:00": an HPA scales at every
            # hour, so the window would be dropped — asked, never planned without it.
            raise Clarify(
                f"I read a window of the day ({window.group(0)!r}), but an autoscaler on "
                "utilisation acts at every hour. Do you mean a KEDA cron trigger (say e.g. "
                "'keda cron trigger, 4 replicas from 08:00 to 20:00 Europe/Berlin'), or the "
                "autoscaler alone, at all hours?"
            )
        return None, text, None
    spans: list[tuple[int, int]] = []
    if crons:
        if set(crons) != {"start", "end"}:
            raise Clarify("A cron trigger needs both its start and its end: which is the other?")
        start, end = crons["start"].group("v"), crons["end"].group("v")
        spans += [crons["start"].span(), crons["end"].span()]
    elif window:
        days = _days(text)
        (h1, m1), (h2, m2) = _clock(window.group("a")), _clock(window.group("b"))
        if (h1, m1) == (h2, m2):
            raise Clarify(f"{window.group(0)!r} starts and ends at once: which window exactly?")
        start, end = f"{m1} {h1} * * {days}", f"{m2} {h2} * * {days}"
        spans.append(window.span())
        spans += [m.span() for m in _DAYS_SAID.finditer(text)]
    else:
        raise Clarify(
            "A cron trigger scales to a count during a window of the day: from when to when? "
            "Say e.g. '4 replicas from 08:00 to 20:00 Europe/Berlin'."
        )
    zone = _ZONE.search(text)
    if zone is None or _VAGUE_ZONE.search(text):
        raise Clarify(
            "In which time zone is the window? Say its IANA name (e.g. 'Europe/Berlin', "
            "'America/New_York') or 'UTC': an abbreviation or a city's time leaves summer "
            "time to a guess."
        )
    spans.append(zone.span())
    outside = _OUTSIDE.search(text)
    floor = _count(outside.group("n") or outside.group("m")) if outside else None
    if outside:
        spans.append(outside.span())
    masked = text
    for a, b in spans:
        masked = masked[:a] + " " * (b - a) + masked[b:]
    counts = [
        m
        for m in _COUNT.finditer(masked)
        if not rx(
            r"\b(?:min(?:imum)?|max(?:imum)?|at\s+(?:least|most)|up\s+to|never|no\s+more|"
            r"no\s+fewer|floor|ceiling|between)\W*$",
            re.I,
        ).search(masked[max(0, m.start() - 14) : m.start()])
    ]
    if len(counts) != 1:
        raise Clarify(
            "How many replicas should the cron window hold? Say one count, e.g. '4 replicas "
            "from 08:00 to 20:00 Europe/Berlin'."
            if not counts
            else f"I read {len(counts)} replica counts ({', '.join(c.group(0) for c in counts)}): "
            "which one should the window hold?"
        )
    desired = _count(counts[0].group("n"))
    if desired < 1:
        raise Clarify("A cron window holds at least 1 replica: how many should it hold?")
    spans.append(counts[0].span())
    rest = text
    for a, b in sorted(spans, reverse=True):
        rest = rest[:a] + " " + rest[b:]
    metadata = {
        "timezone": zone.group("z"),
        "start": start,
        "end": end,
        "desiredReplicas": str(desired),
    }
    return {"type": "cron", "metadata": metadata}, _CRON_ASKED.sub(" ", rest), floor


# Event signals the planner has no trigger parser for: scaling on them with cpu instead would
# scale on something nobody asked for, so they are asked about.
_EVENTS = re.compile(
    r"\b(?:queue|backlog|lag|kafka|rabbitmq|sqs|pub/?sub|nats|redis list|"
    r"requests? (?:per|a) (?:second|minute)|rps|qps)\b",
    re.IGNORECASE,
)


# A utilisation target said in full: "at 80% cpu", "cpu at 70%", "70% memory utilisation".
_UTILISATION = re.compile(
    r"\b\d{1,3}\s*%\s*(?:of\s+)?(?:the\s+)?(?:cpu|memory|mem)\b|"
    r"\b(?:cpu|memory|mem)(?:\s+utili[sz]ation|\s+usage)?\s+(?:at|of|above|over|target(?:\s+of)?|"
    r"=|:)?\s*\d{1,3}\s*%",
    re.I,
)
# The basis of scaling said of an event: "on the queue", "based on lag", "by queue depth",
# "from kafka", "using the backlog", "queue-based".
_EVENT_BASIS = re.compile(
    r"\b(?:on|by|from|using|off|per|via|to)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w\-]+\s+){0,2}?"
    rf"(?:{_EVENTS.pattern})|(?:{_EVENTS.pattern})[\s\-]+(?:based|driven|length|depth|size|"
    r"count|trigger|scaler)\b",
    re.I,
)
_PART = re.compile(r"[^:;,\u2014\u2013()]+")


def _described(text: str, m: re.Match[str]) -> bool:
    """Whether the event word ``m`` only describes what the workload follows ("worker should
    grow with the job queue the way the elastic partition does: hpa 2 to 10 at 80% cpu"): its
    clause names no basis of scaling (:data:`_EVENT_BASIS`) and another clause says the
    utilisation target in full — the metric said is what to scale on."""
    parts = [p for p in _PART.finditer(text)]
    own = next((p for p in parts if p.start() <= m.start() < p.end()), None)
    return (
        own is not None
        and not _UTILISATION.search(own.group(0))
        and not _EVENT_BASIS.search(own.group(0))
        and any(p is not own and _UTILISATION.search(p.group(0)) for p in parts)
    )


def unsupported_event(text: str) -> None:
    """Ask when ``text`` names an event signal other than a Prometheus query (one that only
    describes, beside a utilisation target said in full, :func:`_described`, is none)."""
    if m := next((e for e in _EVENTS.finditer(text) if not _described(text, e)), None):
        raise Clarify(
            f"I read an event signal ({m.group(0)!r}) to scale on, and plan KEDA triggers only "
            "from a Prometheus query (server, query, threshold) or on cpu and memory "
            "utilisation. Say e.g. 'keda on worker from prometheus, server http://prom:9090, "
            "query sum(jobs_pending), threshold 20', or 'autoscale worker 1-10 at 70% cpu'."
        )


def prometheus(
    text: str, server: Callable[[], tuple[str, str] | None] | None = None
) -> tuple[Json | None, str, str]:
    """``(trigger, rest, note)``: the Prometheus trigger said in ``text``, the text without its
    parameters and where an address not said came from (``server()``: the address and why), or
    ``(None, text, "")`` when no Prometheus trigger is named."""
    if not _PROMETHEUS.search(text):
        return None, text, ""
    found: dict[str, str] = {}
    rest = text
    # The query first: a URL or a number inside it ("rate(x[5m]) > 100") is the query's own.
    for key, read in (("query", _query), ("serverAddress", _server), ("threshold", _threshold)):
        if (got := read(rest)) is None:
            continue
        found[key], start, end = got
        rest = rest[:start] + " " + rest[end:]
    note = ""
    if "serverAddress" not in found and server is not None and (known := server()):
        found["serverAddress"], note = known
    missing = [k for k in ("serverAddress", "query", "threshold") if k not in found]
    if missing:
        raise Clarify(
            f"A Prometheus trigger needs its server address, query and threshold; I did not "
            f"read {', '.join(missing)}. Say e.g. 'server http://prometheus.monitoring:9090, "
            "query sum(rate(http_requests_total[2m])), threshold 100'."
        )
    rest = _PROMETHEUS.sub(" ", rest)
    return {"type": "prometheus", "metadata": found}, rest, note


# Services of a Prometheus: the Operator's governing Service, and the chart's (and most others').
_PROMETHEUS_SERVICES = ("operated-prometheus=true", "app.kubernetes.io/name=prometheus")


_IN_CLUSTER = re.compile(r"https?://([a-z0-9-]+)\.([a-z0-9-]+)\.svc(?:\.[a-z.]+)?(?::\d+)?/?")


def _service(name: str, namespace: str) -> Target:
    return Target(kind="Service", name=name, namespace=namespace, api_version="v1")


def known_server(ctx: Ctx) -> tuple[str, str] | None:
    """The address of the cluster's one Prometheus and why it is that one, else the address the
    autoscaling pattern names, else None. Two found is asked: which one is a guess."""
    found: dict[str, str] = {}
    for selector in _PROMETHEUS_SERVICES:
        try:
            services = ctx.cluster.list_objects(
                "v1", "Service", None, label_selector=selector, limit=50
            )
        except ClusterError:
            services = []  # not allowed to list Services of every namespace: the pattern's then
        for svc in services:
            meta = svc.get("metadata") or {}
            ports = [p.get("port") for p in (svc.get("spec") or {}).get("ports") or []]
            port = 9090 if 9090 in ports else (ports[0] if len(ports) == 1 else None)
            if port is not None:
                name, namespace = meta.get("name"), meta.get("namespace")
                found[f"http://{name}.{namespace}.svc:{port}"] = f"service/{name} in {namespace}"
        if found:
            break
    if len(found) > 1:
        raise Clarify(
            f"This cluster runs more than one Prometheus ({', '.join(sorted(found.values()))}): "
            "which one should KEDA query? Say e.g. 'server http://prometheus.monitoring:9090'."
        )
    if found:
        address, where = next(iter(found.items()))
        return address, f"KEDA queries {address}, the cluster's Prometheus ({where})."
    parameters, pattern = ctx.recommendation("autoscale", "parameters")
    configured = parameters.get("prometheus_server") if isinstance(parameters, dict) else None
    if not configured:
        return None
    address = str(configured)
    note = f"KEDA queries {address}, the Prometheus pattern {pattern} names (not said)."
    service = _IN_CLUSTER.fullmatch(address)
    if service and ctx.cluster.get(_service(service.group(1), service.group(2))) is None:
        note += (
            f" No Service {service.group(1)} exists in {service.group(2)}: the query reads "
            "nothing until it does — say the server ('server http://…') if it is elsewhere."
        )
    return address, note


# A clause that only gives a trigger's parameter ("…, serverAddress http://…", "query …",
# "threshold 50", "prom at http://…", "scale out past 100 rps"): part of the autoscaler said
# before it (:mod:`.compound`), never an action of its own — "prometheus" there is no monitor.
PARAMETER = re.compile(
    r"^\W*(?:(?:and|with|w/|using|on)\s+)*(?:(?:a|the)\s+)?(?:"
    r"(?:prometheus\s+)?(?:trigger|scaler)\b|server(?:\s*address)?\b|address\b|url\b|"
    r"prom(?:etheus)?\s+(?:(?:server\s+)?(?:at|on|is|from|via)\b|metric\b|https?://)|query\b|"
    r"promql\b|"
    r"threshold\b|target\s+value\b|https?://|"
    r"(?:scal(?:e|ing)\s+(?:out|up)\s+)?(?:past|above|over|beyond)\s+\d|"
    # "…, scale down to 0 when idle": the floor of zero an event trigger allows.
    r"(?:go|goes|scale|scales|drop|drops|shrink|shrinks|fall|falls)\s+(?:(?:all\s+the\s+way\s+)?"
    r"(?:down|in)\s+)?to\s+(?:zero|0)\b)",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------------------------
# A Redis list (round 16): "keda on the redis list queues:default, 1 to 8 pods", "listLength
# 500", "5 jobs per pod". KEDA's `redis` scaler reads the list's length at an address; the
# address is the one said ("address redis.shop.svc:6379"), else the Service in front of the
# namespace's one Redis (a workload running a redis image), else asked — a guessed address
# validates and then never scales.
# ---------------------------------------------------------------------------------------------
_REDIS_LIST = re.compile(
    r"\bredis\s+(?:list|queue)\s+(?:(?:called|named)\s+)?[`'\"]?(?P<list>[A-Za-z0-9_][\w:.\-]*[\w])[`'\"]?",
    re.IGNORECASE,
)
_LIST_LENGTH = re.compile(
    r"\blist\s*-?\s*length\s*(?:of\s+|=\s*|:\s*)?(?P<n>\d+)\b|"
    r"\b(?P<per>\d+)\s+(?:jobs?|items?|messages?|entries|tasks?|elements?)\s+(?:per|a|each)\s+"
    r"(?:pod|replica|worker|instance)\b",
    re.IGNORECASE,
)
_REDIS_ADDRESS = re.compile(
    r"\b(?:address|host|at)\s+(?P<address>[a-z0-9][a-z0-9.\-]*:\d{2,5})\b", re.IGNORECASE
)
_REDIS_IMAGE = re.compile(r"(?:^|/)(?:redis|valkey|keydb)(?::|@|$)", re.IGNORECASE)


def redis_list(
    text: str, address: Callable[[], tuple[str, str]] | None = None
) -> tuple[Json | None, str, str]:
    """``(trigger, rest, note)``: the Redis list trigger said in ``text`` (its list, its target
    length per replica, its address), the text without them and where the address came from
    (``address()``, which asks when it cannot tell); ``(None, text, "")`` when no Redis list is
    named."""
    m = _REDIS_LIST.search(text)
    if m is None:
        return None, text, ""
    found = {"listName": m.group("list")}
    rest = text[: m.start()] + " " + text[m.end() :]
    note = ""
    if length := _LIST_LENGTH.search(rest):
        found["listLength"] = length.group("n") or length.group("per")
        rest = rest[: length.start()] + " " + rest[length.end() :]
    else:
        note = "KEDA's default target of 5 items per replica (listLength was not said). "
    if said := _REDIS_ADDRESS.search(rest):
        found["address"] = said.group("address")
        rest = rest[: said.start()] + " " + rest[said.end() :]
    elif address is not None:
        found["address"], where = address()
        note += where
    else:
        raise Clarify(
            "A Redis list trigger needs the address KEDA reads it at: say e.g. 'address "
            "redis.shop.svc:6379'."
        )
    return {"type": "redis", "metadata": found}, rest, note.strip()


def known_redis(ctx: Ctx) -> tuple[str, str]:
    """The address of the namespace's one Redis (the Service in front of the one workload
    running a redis image) and why it is that one; asked when there is none, more than one,
    or one no Service selects."""
    every = [
        (
            Target(
                kind=kind,
                name=o["metadata"]["name"],
                namespace=ctx.namespace,
                api_version="apps/v1",
            ),
            o,
        )
        for kind in ("Deployment", "StatefulSet")
        for o in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace, limit=2001)
    ]
    redis = [
        (target, obj)
        for target, obj in every
        if any(
            _REDIS_IMAGE.search(str(c.get("image", "")).split("/")[-1])
            for c in (((obj.get("spec") or {}).get("template") or {}).get("spec") or {}).get(
                "containers"
            )
            or []
        )
    ]
    if len(redis) != 1:
        named = ", ".join(t.describe() for t, _ in redis)
        raise Clarify(
            (
                f"I found more than one Redis here ({named}): which one holds the list? "
                if redis
                else "I found no Redis in this namespace. "
            )
            + "Say the address KEDA should read it at, e.g. 'address redis.shop.svc:6379'."
        )
    target, obj = redis[0]
    labels = pod_labels(obj)
    services = []
    for svc in ctx.cluster.list_objects("v1", "Service", ctx.namespace, limit=500):
        chosen = (svc.get("spec") or {}).get("selector") or {}
        if chosen and all(labels.get(k) == v for k, v in chosen.items()):
            services.append(svc)
    if len(services) != 1:
        raise Clarify(
            f"{target.describe()} runs Redis, but "
            + ("no Service selects its pods" if not services else "several Services select it")
            + ": which address should KEDA read the list at? Say e.g. 'address "
            f"{target.name}.{ctx.namespace}.svc:6379' (a Service must exist for it)."
        )
    svc = services[0]
    name = (svc.get("metadata") or {}).get("name")
    ports = [p.get("port") for p in (svc.get("spec") or {}).get("ports") or []]
    port = 6379 if 6379 in ports else (ports[0] if len(ports) == 1 else None)
    if port is None:
        raise Clarify(
            f"service/{name} in front of {target.describe()} has several ports: which one is "
            f"Redis? Say e.g. 'address {name}.{ctx.namespace}.svc:6379'."
        )
    address = f"{name}.{ctx.namespace}.svc:{port}"
    return (
        address,
        f"KEDA reads the list at {address}, service/{name} in front of {target.describe()}.",
    )
