""" "it" said of the one key the message names.

Rule (round 12): "BATCH_SIZE in orders-config is 10 now, make it 25", "how do I turn on FEATURE_X
for my-api? set it to on": a verb of setting whose object is "it", with one plain value after it,
gives that value to the key named in capitals before it — when the message names exactly one
such key. The value must end its clause ("make it 25", "set it to on, thanks"): "set it to 3
replicas" or "make it 512Mi of memory" says something of a workload, and is left as said; so is
"it" in a message naming no key or two.

Pure text; the length may change. Example::

    read("BATCH_SIZE in orders-config is 10 now, make it 25")
    # 'BATCH_SIZE in orders-config is 10 now, make BATCH_SIZE from 10 to 25'

The value the key is said to have now ("is 10 now", "is still eu") is kept as "from 10", so the
config rules check it against the cluster (a wrong picture is asked).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.rx import rx

_IT = re.compile(
    r"\b(?P<verb>make|set|change|put|switch|flip|bump|raise|lower|drop|turn)\s+it\s+"
    r"(?P<to>(?:(?:back\s+)?(?:up|down|over)\s+)?to\s+)?"
    # (A sentence's full stop is never part of the value: "make it 25.")
    r"(?P<value>'[^']*'|\"[^\"]*\"|[\w\-/:@]+(?:\.[\w\-/:@]+)*)"
    # Where it is set may follow ("set it to on in my-api-config").
    r"(?=(?:\s+(?:in|on|for|of)\s+(?:the\s+)?[a-z0-9][\w.\-]*)?"
    r"\s*(?:$|[,;.!?)]|\s(?:please|pls|plz|thanks|thx|ta|cheers|and|so|while|because|"
    r"instead|asap|now)\b|\s:\w+:))",
    re.I,
)
# The value the key has now, said before "it": "it's 10 now", "is still eu", "currently 10".
_NOW = re.compile(
    r"\b(?:is|it'?s|it\s+is|are|=)\s+(?:(?:still|currently)\s+(?P<a>[\w.\-/:]+)|"
    r"(?P<b>[\w.\-/:]+)\s+(?:now|currently|atm|at\s+the\s+moment|at\s+present))\b|"
    r"\bcurrently\s+(?:set\s+to\s+)?(?P<c>[\w.\-/:]+)",
    re.I,
)
# No value: an article, or a direction or a switch said without "to" ("turn it up", "turn it
# off": a flag's state or the workload's, which is not read here).
_NO_VALUE = re.compile(r"(?:a|an|the|it|this|that)|(?:up|down|out|back|over|away|on|off)", re.I)
# Round 28 (gap31): capitals said to BE a name ("product API is my-api", "the DB = postgres",
# "PG payments aka payments"): a workload's nickname, no key — "it" is the workload then.
_NAMED_AS = re.compile(
    r"^\s*(?:is|=|means|aka|a\.k\.a\.?|stands\s+for|(?:is\s+)?called)\s+(?:the\s+)?"
    r"(?P<name>[a-z0-9][a-z0-9\-]*)\b",
    re.I,
)


def read(text: str, names: Callable[[], frozenset[str]] | None = None) -> str:
    """``text`` with "make it V" written as "make KEY V" for the one key named before it (see the
    module's rule); otherwise ``text`` as it is. ``names`` gives the namespace's workloads: a
    key said to be one of them ("product API is my-api") is its nickname, and left as said."""
    m = _IT.search(text)
    if m is None or (not m.group("to") and _NO_VALUE.fullmatch(m.group("value"))):
        return text
    keys = {k for k in t.ENV_NAME.findall(text[: m.start()]) if not rx(t.NOT_KEYS).fullmatch(k)}
    if len(keys) != 1 or t.ENV_NAME.search(text[m.end() :]):
        return text
    (key,) = keys
    before = text[text.find(key) : m.start()]
    named = _NAMED_AS.match(before[len(key) :])
    if named and names is not None and named.group("name").lower() in names():
        return text
    if now := _NOW.search(before):
        # "BATCH_SIZE … is 10 now, make it 25": the value it has, checked as "from 10 to 25".
        old = now.group("a") or now.group("b") or now.group("c")
        said = f"{m.group('verb')} {key} from {old} to {m.group('value')}"
    else:
        said = f"{m.group('verb')} {key} {m.group('to') or ''}{m.group('value')}"
    return f"{text[: m.start()]}{said}{text[m.end() :]}"
