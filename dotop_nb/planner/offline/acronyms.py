"""An upper-case noun is a part of the workload, not a variable nor its count.

Rule: a well-known upper-case noun (DB, GPU, API, RAM …) said right before "to <value>", with no
word that says a variable or a setting (set, env, variable, key, "="), names a part of the
workload ("payments DB to 0", "scale my-api GPU to 0"): what should change is not said, so the
plan asks rather than set an env var DB or scale the workload.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.rx import rx

_NOUN = re.compile(
    r"\b(DB|DBS|GPU|GPUS|CPU|CPUS|RAM|MEM|API|UI|SSD|DISK|NIC|VM|VMS|TLS|SSL|CDN|LB|CACHE)"
    r"\s+(?:(?:back\s+)?(?:up|down)\s+)?to\s+\S"
)
_VARIABLE = re.compile(
    r"=|\b(?:set|env|environment|var|variable|key|flag|setting|config|configmap)\b", re.I
)


# Round 15: "autoscale worker on CPU up to 8 replicas", "scale by RAM to 6 pods": a resource said
# as what is read ("on", "by", "based on", "using") is the metric, and a number followed by
# its pod word counts pods (numbers.attached) — never a value of the resource.
_METRIC = re.compile(r"\b(?:on|by|using|per|based\s+on|from)\s+$", re.I)
_POD_COUNT = re.compile(
    r"\s*\S+\s+(?:replicas?|pods?|instances?|copies|tasks?|workers?|containers?)\b", re.I
)


def _metric(text: str, m: re.Match[str]) -> bool:
    """Whether the resource ``m`` names is a metric read, with a count of pods after it."""
    return (
        m.group(1) in ("CPU", "CPUS", "RAM", "MEM", "GPU", "GPUS")
        and bool(_METRIC.search(text[: m.start()]))
        and bool(rx(r"\bauto-?scal|\bhpa\b|\bkeda\b", re.I).search(text))
        and bool(_POD_COUNT.match(text, m.end() - 1))
    )


def check(text: str) -> None:
    """Ask when ``text`` gives a value to an upper-case noun that names a part, not a key."""
    if (m := _NOUN.search(text)) and not _VARIABLE.search(text) and not _metric(text, m):
        raise Clarify(
            f"I read {m.group(0)!r}: {m.group(1)} names a part of the workload, not a variable "
            "or its replica count. What should change: an env var (say 'set "
            f"{m.group(1)}=… on …'), the replicas (say 'scale … to N'), or resources?"
        )
