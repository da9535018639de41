"""A workload left as it is, said in the idioms people use beside an order (round 39, gap42b).

Beside an order, people say which other workload it must not reach in many ways: "restart
my-api and let payments be", "only my-api gets a restart, payments leave be", "…, orders can
wait", "…, my-api nah", "… and leave the orders pods in peace". Each says what "leave payments
alone" says — a prohibition, which the readers of prohibitions check against the plan (a plan
that changes what is left alone is asked about, never made).

Only a clause that names an object of the namespace by its exact name (optionally "the NAME",
"NAME pods", "NAME (NAME)") and nothing else: "let it be", "the restart can wait", "that can
wait" name no object and are left as said (a deferral of the order itself is asked about by
its own reader).

>>> read("restart my-api and let payments be", frozenset({"my-api", "payments"}))
'restart my-api and leave payments alone'
>>> read("only my-api gets a restart, payments leave be", frozenset({"my-api", "payments"}))
'only my-api gets a restart, leave payments alone'
>>> read("restart my-api, orders can wait", frozenset({"my-api", "orders"}))
'restart my-api, leave orders alone'
>>> read("QUEUE=eu in orders-config, the wax orders (orders) pods leave alone", {"orders"})
'QUEUE=eu in orders-config, leave orders pods alone'
>>> read("delete the redis statefulset, leave the cache deployment alone", {"cache"})
'delete the redis statefulset, leave cache deployment alone'
>>> read("restart my-api, the restart can wait", frozenset({"my-api"}))
'restart my-api, the restart can wait'
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The object as said: "payments", "the payments pods", "orders (orders)".
# (Round 39: a nickname before the name in brackets, "the wax orders (orders) pods": the name.)
_OBJ = (
    r"(?:the\s+)?(?P<nick>(?:[a-z][\w'\-]*\s+){1,3}?(?=[a-z0-9][a-z0-9.\-]*\s*\())?"
    r"(?P<name>[a-z0-9][a-z0-9.\-]*)(?:\s*\((?P<again>[a-z0-9][a-z0-9.\-]*)\))?"
    r"(?P<pods>\s+(?:pods?|deployment|deploy|app|service))?"
)
# Where a clause starts: the request's start, a comma or semicolon, "and" or "but" after one.
_START = r"(?P<lead>(?:^|[,;]\s*|\s(?:and|but)\s+)(?:(?:but|and|just|pls|please)\s+)*)"
# Where it ends.
_END = r"(?=\s*(?:[,;.!]|\s(?:and|but)\s|$))"

# "leave", and Caribbean English "lef" (:data:`.voices.PATOIS` reads it as "leave" in Patois).
_LEAVE = r"(?:leave|lef)"

_SHAPES = (
    # "let payments be", "leave payments be", "leave the orders pods in peace"
    re.compile(rf"{_START}(?:let|{_LEAVE})\s+{_OBJ}\s+(?:be|alone|in\s+peace){_END}", re.I),
    # "payments leave be", "the orders pods leave alone", "payments let be"
    re.compile(
        rf"{_START}{_OBJ}\s+(?:{_LEAVE}|let)\s+(?:it\s+|them\s+)?(?:be|alone|in\s+peace){_END}",
        re.I,
    ),
    # "orders can wait", "my-api nah"
    re.compile(rf"{_START}{_OBJ}\s+(?:can\s+wait|nah){_END}", re.I),
)


def read(text: str, names: Callable[[], frozenset[str]] | frozenset[str] | set[str]) -> str:
    """``text`` with each clause of the module docstring said as "leave NAME alone"; ``names``
    are the namespace's object names (a clause naming none of them is left as said)."""
    low = text.lower()
    if not any(w in low for w in ("be", "alone", "peace", "wait", "nah")):
        return text
    known: frozenset[str] | set[str] | None = None

    def spared(m: re.Match[str]) -> str:
        nonlocal known
        if known is None:
            known = names if isinstance(names, (frozenset, set)) else names()
        name = m["again"] or m["name"]
        if name.lower() not in known or (m["nick"] and not m["again"]):
            return m[0]
        if m["again"] and m["again"].lower() != m["name"].lower() and not m["nick"]:
            return m[0]  # "payments (checkout)": two names, left as said
        # (its pods, or its kind as said: "leave the cache deployment alone" keeps the kind, so
        # the statefulset cache may still go)
        said = m["pods"].strip().lower() if m["pods"] else ""
        tail = " pods" if said.startswith("pod") else f" {said}" if said else ""
        return f"{m['lead']}leave {name}{tail} alone"

    for shape in _SHAPES:
        text = shape.sub(spared, text)
    return text
