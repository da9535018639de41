"""KEDA triggers other than cpu and memory, read from the words of an autoscale intent.

"keda on checkout from prometheus at http://prom:9090, query up, threshold 20" scales on a
Prometheus query: the ScaledObject needs the server, the query and the threshold, each as said.
A trigger named with one of them missing is asked about, never filled with a default (a made-up
query would scale on something nobody asked for).
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.planner.offline.context import Clarify

Json = dict[str, Any]
_PROMETHEUS = re.compile(r"\bprometheus\b(?:\s+(?:trigger|scaler|metric|query))?", re.IGNORECASE)
_SERVER = re.compile(
    r"\b(?:server(?:\s*address)?|address|url|at|on)\s*[:=]?\s*(?P<v>https?://[^\s,;'\"]+)",
    re.IGNORECASE,
)
_STOP = r"(?=\s*,|\s+(?:and|with|threshold|server|min(?:imum)?|max(?:imum)?)\b|\s*$)"
_QUERY = re.compile(
    rf"\b(?:query|promql|expression)\s*[:=]?\s*(?P<v>'[^']+'|\"[^\"]+\"|\S+?){_STOP}",
    re.IGNORECASE,
)
_THRESHOLD = re.compile(
    r"\b(?:threshold|target\s+value)\s*(?:of|at|is|[:=])?\s*(?P<v>\d+(?:\.\d+)?)(?![\w.])",
    re.IGNORECASE,
)


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


def prometheus(text: str) -> tuple[Json | None, str]:
    """``(trigger, rest)``: the Prometheus trigger said in ``text`` and the text without its
    parameters, or ``(None, text)`` when no Prometheus trigger is named."""
    if not _PROMETHEUS.search(text):
        return None, text
    found: dict[str, str] = {}
    rest = text
    for key, pattern in (
        ("serverAddress", _SERVER),
        ("query", _QUERY),
        ("threshold", _THRESHOLD),
    ):
        m = pattern.search(rest)
        if m is None:
            continue
        found[key] = m.group("v").strip("'\"")
        rest = rest[: m.start()] + " " + rest[m.end() :]
    missing = [k for k in ("serverAddress", "query", "threshold") if k not in found]
    if missing:
        raise Clarify(
            f"A Prometheus trigger needs its server address, query and threshold; I did not "
            f"read {', '.join(missing)}. Say e.g. 'server http://prometheus.monitoring:9090, "
            "query sum(rate(http_requests_total[2m])), threshold 100'."
        )
    rest = _PROMETHEUS.sub(" ", rest)
    return {"type": "prometheus", "metadata": found}, rest
