"""A count's unit said with the state, carried to the bare count of the order after it
(round 23).

"Actually the frontend has 3 pods, please to put 5", "worker runs 2 replicas, set 4": the
writer says what a workload has now, in pods or replicas, and the order after it gives the
new count alone, its unit being the one just said. The bare count is read with that unit
("… please to put 5 pods"), and the rules read a count of pods as they always do.

Only where the state is a workload of the namespace (its name just before "has" / "runs")
with ONE count of pods, replicas or instances, the order is the next clause ("put", "set",
"make", "bring", "take", "pass", "go", with "it" / "them" and "to" / "at" / "on" allowed) and
the count closes it. "the orders PDB has 2 pods, put 1" (a budget's count), "frontend has 3
pods and 2 cpus, put 5" and a count followed by anything else are left as said.

A log level said as a state before the order's pronoun is its object too: "Actually the log
level of my-api is info, please to put it in debug" is "…, please set the log level of my-api to
debug"
(a level said "in" or "at" is the level it goes to) — only with a level's word (debug, info,
warn, warning, error, trace) and a workload of the namespace.

A workload's "count" said with a move or a target ("checkout count plus one", "orders count
to 4") is its replica count, as "checkout replica count plus one" is read.

>>> read("Actually the frontend has 3 pods, please to put 5", frozenset({"frontend"}))
'Actually the frontend has 3 pods, please to put 5 pods'
>>> read("the orders pdb has 2 pods, put 1", frozenset({"orders"}))
'the orders pdb has 2 pods, put 1'
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CARRIED = re.compile(
    # (Round 32: "Check-in worker (worker) has only 1 pod": the name in brackets after its
    # nickname.)
    r"(?P<head>(?:^|[,.;:(]\s*|\b(?:actually|now|currently|today|right\s+now)\s+)(?:the\s+)?"
    r"(?P<name>[a-z0-9][\w-]*)\)?\s+(?:has|have|runs?|is\s+running|is\s+at)\s+(?:only\s+|just\s+)?"
    r"\d+\s+(?P<unit>pods?|replicas?|instances?)(?:\s+(?:now|today|currently|right\s+now))?"
    # (Round 32, gap35b: one sentence of why between the state and the order, with no number
    # of its own: "…, if node die nobody can check in. Please make 2".)
    r"(?:\s*[,;]\s*[^\d.!?;:]{1,80}?[.!;])?"
    r"\s*[,;.]?\s*(?:(?:so|then|and|but)\s+)?(?:(?:please|pls|kindly)\s+)?(?:to\s+)?"
    r"(?:put|set|make|bring|take|pass|go)(?:\s+(?:it|them))?(?:\s+(?:to|at|on|in))?\s+)"
    r"(?P<n>\d+)(?=\s*(?:[.!]|$|,?\s*(?:please|pls|thanks|thank\s+you|merci|svp)\b))",
    re.I,
)


_LEVELS = r"(?:debug|info|warn|warning|error|trace)"
# "the log level of my-api is info, please to put it in debug"
_LEVEL_STATE = re.compile(
    r"(?P<lead>(?:^|[,.;:]\s*|\b(?:actually|now|currently|today|right\s+now)\s+))(?:the\s+)?"
    rf"(?P<what>log(?:ging)?[\s_-]?level)\s+(?:of|for|in|on)\s+(?P<name>[a-z0-9][\w-]*)\s+"
    rf"(?:is|is\s+still|is\s+currently|is\s+now|=)\s+(?:at\s+|in\s+)?{_LEVELS}\s*[,;.]\s*"
    r"(?:(?:so|then|and|but)\s+)?(?:(?:please|pls|kindly)\s+)?(?:to\s+)?"
    r"(?P<verb>put|set|change|make|pass|switch|turn|move)\s+it\s+(?:in|to|at|into|on)\s+"
    rf"(?:the\s+)?(?P<level>{_LEVELS})(?:\s+mode)?\b",
    re.I,
)


_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
# "checkout count plus one", "orders count to 4"
_COUNT = re.compile(
    r"(?<![\w-])(?P<name>[a-z0-9][\w-]*)\s+count\s+"
    rf"(?=(?:plus|minus|up\s+by|down\s+by|by|to|from|\+|-)\s*{_NUMBER})",
    re.I,
)


def _count(text: str, known: frozenset[str]) -> str:
    def said(m: re.Match[str]) -> str:
        if m["name"].lower() not in known:
            return m[0]
        return f"{m['name']} replica count "

    return _COUNT.sub(said, text)


def _level(text: str, known: frozenset[str]) -> str:
    m = _LEVEL_STATE.search(text)
    if m is None or m["name"].lower() not in known:
        return text
    said = f"set the log level of {m['name']} to {m['level']}"
    start = m.start("verb")
    if text[max(0, start - 3) : start].lower() == "to ":
        start -= 3  # ("please to put it in debug": the calque's "to" goes with its verb)
    return f"{text[:start]}{said}{text[m.end() :]}"


# Round 32 (gap35b): the state said with its verb left out, "worker only 1 pod" (phone typing,
# and Indonesian, which says no "has"): only with "only" or "just" before the count, which make
# it a state of the workload named, read as "worker has only 1 pod".
_VERBLESS = re.compile(
    r"(?P<lead>(?:^|[,.;:(]\s*)(?:the\s+)?(?P<name>[a-z0-9][\w-]*)\)?\s+)"
    r"(?=(?:only|just)\s+\d+\s+(?:pods?|replicas?|instances?)\b)",
    re.I,
)


def read(text: str, names: Callable[[], frozenset[str]] | frozenset[str]) -> str:
    """``text`` with a bare count after a workload's count of pods read in that unit
    (module docstring); ``names`` are the namespace's object names."""
    known = names if isinstance(names, frozenset) else names()
    text = _count(_level(text, known), known)
    if "nly" in text or "ust" in text:
        text = _VERBLESS.sub(
            lambda m: f"{m['lead']}has " if m["name"].lower() in known else m[0], text
        )
    m = _CARRIED.search(text)
    if m is None:
        return text
    if m["name"].lower() not in known:
        return text
    unit = m["unit"].lower().rstrip("s")
    unit = unit if m["n"] == "1" else unit + "s"
    return f"{text[: m.end()]} {unit}{text[m.end() :]}"
