"""A bare count after the pod count said as how things are: "the worker is one pod …, make it
three" (round 23).

People say what runs, then the change in the same unit, leaving the unit out the second time:
"worker is one pod and the standard says no single points of failure, make it three", "checkout
runs 2 replicas, take it to 4". :func:`read` writes the unit the statement said after the bare
count ("make it three replicas"), so the scale rules read it as the count they already plan
with its unit. Only when the statement names a workload here and says its count in pods,
replicas or instances, the order is "make (it) N" / "take/bring/get it (up) to N" closing its
clause, not zero, and nothing between the two says another quantity (a digit or a setting's word:
"worker is one pod with 512Mi memory, make it 1024" stays as typed, for the rules that ask).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline.text import NUMBER

_STATE = re.compile(
    r"\b(?P<name>[a-z0-9][\w\-]*)\s+(?:is|runs|has|'s|is\s+(?:at|on|running)|runs\s+on|"
    r"is\s+(?:only|just)|(?:only|just)\s+(?:has|runs)|is\s+running)\s+(?:only\s+|just\s+)?"
    rf"(?:a\s+single\s+(?P<single>pod|replica|instance)|{NUMBER}\s+"
    r"(?P<unit>pods?|replicas?|instances?))\b",
    re.I,
)
# (Round 29, gap32a: "…, make 3": "make" with its object left out, as the count's unit is.)
_ORDER = re.compile(
    r"\b(?:make(?:\s+it)?|(?:take|bring|get|put)\s+it)\s+(?:(?:up\s+|down\s+)?to\s+)?"
    rf"{NUMBER}(?![\w%/:\-]|\.\w)(?=\s*(?:$|[,.;!?)]|\s(?:and|then|please|pls|now|asap|thanks)\b))",
    re.I,
)
# Words between that make 'it' another quantity's.
_OTHER = re.compile(
    r"\d|\b(?:memory|mem|ram|cpu|cores?|limits?|requests?|timeout|size|threads?|connections?|"
    r"pool|disk|storage|volume|heap|batch|workers|version|image|tag|port)\b",
    re.I,
)


def read(text: str, names: Callable[[], frozenset[str]]) -> str:
    """``text`` with the unit of a stated pod count written after the bare count of the order
    that follows it (see the module docstring); any other text as it is."""
    state = _STATE.search(text)
    if not state:
        return text
    known = {n.lower() for n in names()}
    if state.group("name").lower() not in known:
        return text
    order = _ORDER.search(text, state.end())
    if not order or _OTHER.search(text, state.end(), order.start()):
        return text
    if order.group(1).lower() in ("0", "zero"):
        return text  # "make it zero": stopping it is asked by its own rules
    return f"{text[: order.end()]} replicas{text[order.end() :]}"
