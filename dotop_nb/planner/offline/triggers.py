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
