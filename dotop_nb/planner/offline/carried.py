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

>>> read("Actually the frontend has 3 pods, please to put 5", frozenset({"frontend"}))
'Actually the frontend has 3 pods, please to put 5 pods'
>>> read("the orders pdb has 2 pods, put 1", frozenset({"orders"}))
'the orders pdb has 2 pods, put 1'
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CARRIED = re.compile(
    r"(?P<head>(?:^|[,.;:]\s*|\b(?:actually|now|currently|today|right\s+now)\s+)(?:the\s+)?"
    r"(?P<name>[a-z0-9][\w-]*)\s+(?:has|have|runs?|is\s+running|is\s+at)\s+(?:only\s+|just\s+)?"
    r"\d+\s+(?P<unit>pods?|replicas?|instances?)(?:\s+(?:now|today|currently|right\s+now))?"
    r"\s*[,;]\s*(?:(?:so|then|and|but)\s+)?(?:(?:please|pls|kindly)\s+)?(?:to\s+)?"
    r"(?:put|set|make|bring|take|pass|go)(?:\s+(?:it|them))?(?:\s+(?:to|at|on|in))?\s+)"
    r"(?P<n>\d+)(?=\s*(?:[.!]|$|,?\s*(?:please|pls|thanks|thank\s+you|merci|svp)\b))",
    re.I,
)


def read(text: str, names: Callable[[], frozenset[str]] | frozenset[str]) -> str:
    """``text`` with a bare count after a workload's count of pods read in that unit
    (module docstring); ``names`` are the namespace's object names."""
    m = _CARRIED.search(text)
    if m is None:
        return text
    known = names if isinstance(names, frozenset) else names()
    if m["name"].lower() not in known:
        return text
    unit = m["unit"].lower().rstrip("s")
    unit = unit if m["n"] == "1" else unit + "s"
    return f"{text[: m.end()]} {unit}{text[m.end() :]}"
