"""A request that is only a list of "workload value" pairs: the verb is implied by the values.

On-call shorthand leaves the verb out when every item is a workload and what it should become:
"my-api 4, frontend 5" (counts: scale), "hotfix day: my-api to 1.4.1 and payments to 3.0.1"
(versions: update), "cart 3 replicas, web v2.1.0" (one of each). Each value's type says the
verb family, and only because the whole request is such a list: a pair among other words
("frontend 5, it is slow") implies nothing and is read (or asked) as before. A count is a whole
number, possibly with a replica noun; a version has a dot or a leading "v" ("1.4.1", "v2");
an image is a reference with a tag or digest. Anything else in an item — a second number, a
workload not in the namespace, an unknown word — and the request is not such a list.

The list is rewritten as the request it abbreviates ("scale my-api to 4 and frontend to 5"),
which the planner then plans whole, one proposal, like any compound request.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.context import Ctx

# A label before the list ("hotfix day:", "patch tuesday -"): a few words, then a colon or dash.
_HEADER = re.compile(r"^\s*[a-z][\w\- ]{0,40}?(?::|\s+-|\s*[\u2014\u2013])\s+(?=\S)", re.IGNORECASE)
_ITEMS = re.compile(r"\s*(?:,|;|\band\b|\bplus\b|&)\s*(?:and\s+)?", re.IGNORECASE)
_NOUN = r"(?:replicas?|reps?|pods?|instances?|copies)"
_PAIR = re.compile(
    r"^(?:the\s+)?(?P<name>[a-z0-9][\w\-]*?)(?:'s)?\s*(?:\s(?:to|at|on|=|:|->|@)\s*|\s+|=|:)"
    r"\s*(?:(?P<count>\d{1,4})(?:\s*(?P<noun>" + _NOUN + r"))?"
    r"|(?P<version>v?\d+(?:\.\d+)+(?:[-+][\w.\-]+)?|v\d+)"
    r"|(?P<image>[a-z0-9][\w.\-/]*(?::[\w.\-]+|@sha256:[a-f0-9]{64})))"
    r"\s*(?:each|pls|please|thanks|thx)?\W*$",
    re.IGNORECASE,
)


# "my-api and payments both to 5", "frontend, payments: 4 each", "web and worker all at 3 pods":
# several workloads and one count said once for each of them (a word says it is each one's).
_SHARED = re.compile(
    r"^(?P<names>[a-z0-9][\w\-]*(?:\s*(?:,|&|\band\b|\bplus\b)\s*(?:and\s+)?[a-z0-9][\w\-]*)+)"
    r"\s*(?P<before>\b(?:both|all(?:\s+(?:two|three|of\s+them))?)\s+)?(?:(?:to|at|=|:|->)\s*)?"
    r"(?P<count>\d{1,4})(?:\s*" + _NOUN + r")?\s*(?P<after>\b(?:each|apiece|a\s+piece|both)\b)?"
    r"\s*(?:pls|please|thanks|thx)?\W*$",
    re.IGNORECASE,
)


def _shared(ctx: Ctx, body: str) -> str | None:
    """ "scale A to N and B to N" for "A and B both to N"; None unless every name is one
    workload of the namespace, exactly, once, and a word says the count is each one's."""
    m = _SHARED.match(body)
    if m is None or not (m.group("before") or m.group("after")):
        return None
    names = [n for n in _ITEMS.split(m.group("names")) if n.strip()]
    found: list[str] = []
    for name in names:
        named = ctx.workloads(name.strip())
        if len(named) != 1 or named[0][0].name != name.strip().lower():
            return None
        found.append(named[0][0].name)
    if len(set(found)) < len(found):
        return None
    return "scale " + " and ".join(f"{n} to {m.group('count')}" for n in found)


def implied(ctx: Ctx, text: str) -> str | None:
    """The request ``text`` abbreviates when it is a list of two or more "workload value"
    pairs, each naming one workload of the namespace exactly once, or several workloads with
    one count each; None otherwise."""
    body = _HEADER.sub("", text, count=1).strip().rstrip(".!")
    if shared := _shared(ctx, body):
        return shared
    items = [i for i in _ITEMS.split(body) if i.strip()]
    if len(items) < 2:
        return None
    said: list[tuple[str, str, str]] = []  # (verb, name, value)
    for item in items:
        m = _PAIR.match(item.strip())
        if m is None:
            return None
        named = ctx.workloads(m.group("name"))
        if len(named) != 1 or named[0][0].name != m.group("name").lower():
            return None
        if m.group("count") is not None:
            said.append(("scale", named[0][0].name, m.group("count")))
        else:
            said.append(("update", named[0][0].name, m.group("version") or m.group("image")))
    if len({name for _, name, _ in said}) < len(said):
        return None  # "cart 3, cart 4": which one?
    out: list[str] = []
    for i, (verb, name, value) in enumerate(said):
        same = i > 0 and said[i - 1][0] == verb
        out.append(f"{'' if same else verb + ' '}{name} to {value}")
    return " and ".join(out)
