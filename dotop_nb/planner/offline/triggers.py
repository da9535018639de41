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
from dotop_nb.planner.offline.context import Clarify, Ctx

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
    r"|\bprometheus\s+metric\s+(?:named\s+|called\s+)?(?P<m>[a-z_:][a-z0-9_:]*_[a-z0-9_:]*)\b",
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
    r"(?![\w.%])(?!\s*(?:replicas?|pods?|instances?|copies|percent)\b)",
    re.IGNORECASE,
)


def _server(text: str) -> tuple[str, int, int] | None:
    """The server said by a word before its URL, else the one URL said ("prom at http://…")."""
    if m := _SERVER.search(text):
        return m.group("v"), m.start(), m.end()
    urls = list(re.finditer(_URL, text))
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
        return m.group("v") or m.group("w"), m.start(), m.end()
    return None


# Event signals the planner has no trigger parser for: scaling on them with cpu instead would
# scale on something nobody asked for, so they are asked about.
_EVENTS = re.compile(
    r"\b(?:queue|backlog|lag|kafka|rabbitmq|sqs|pub/?sub|nats|redis list|cron|"
    r"requests? (?:per|a) (?:second|minute)|rps|qps)\b",
    re.IGNORECASE,
)


def unsupported_event(text: str) -> None:
    """Ask when ``text`` names an event signal other than a Prometheus query."""
    if m := _EVENTS.search(text):
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
    r"prom(?:etheus)?\s+(?:(?:server\s+)?(?:at|on|is|from|via)\b|metric\b)|query\b|promql\b|"
    r"threshold\b|target\s+value\b|https?://|"
    r"(?:scal(?:e|ing)\s+(?:out|up)\s+)?(?:past|above|over|beyond)\s+\d|"
    # "…, scale down to 0 when idle": the floor of zero an event trigger allows.
    r"(?:go|goes|scale|scales|drop|drops|shrink|shrinks|fall|falls)\s+(?:(?:all\s+the\s+way\s+)?"
    r"(?:down|in)\s+)?to\s+(?:zero|0)\b)",
    re.IGNORECASE,
)
