"""'Double' and 'triple' said as a promotion's or an occasion's name, not as a change (round 23).

A shop names its busy days by what they offer: "the double points weekend", "loyalty double
points: …", "ahead of the triple-XP event". There 'double' is an adjective of the occasion,
never an order to double anything; the relative-change readers (:mod:`.workloads`, the scale
factor) would read it as one and ask what 'points' counts, or double the workload named.

:func:`read` drops the adjective where it is one: directly before a reward's noun ("points",
"XP", "miles", "stamps", "cashback" …), or before at most two words that close with an
occasion's noun ("double discount day", "double-stamp weekend"). Never before a workload's
name, a setting's key (written in capitals) or the count words ("double the frontend",
"double BATCH_SIZE on orders", "double the replicas" keep their readings and their questions).

>>> read("cache statefulset to 2 for the double points weekend")
'cache statefulset to 2 for the points weekend'
>>> read("double the frontend")
'double the frontend'
"""

from __future__ import annotations

import re

# What a shop rewards: the noun a promotion doubles ("double points").
_REWARD = (
    r"(?:points?|pts|xp|miles|stamps?|rewards?|cashback|coupons?|vouchers?|tokens?|credits?|"
    r"bonus(?:es)?|loyalty)"
)
# What names a day or a campaign: "… weekend", "… event".
_OCCASION = (
    r"(?:weekends?|events?|days?|weeks?|nights?|promos?|promotions?|sales?|campaigns?|offers?|"
    r"deals?|drops?|launch)"
)
_ADJECTIVE = re.compile(
    r"\b(?P<adj>double|triple|quadruple)(?:\s+|-)"
    rf"(?=(?:{_REWARD}\b)|(?:[a-z][a-z\-]*\s+){{0,1}}{_OCCASION}\b)",
    re.I,
)
# Words after the adjective that keep it an order: the count, the workload, a pronoun.
_KEEPS = re.compile(
    r"(?:the|its|it|them|replicas?|pods?|instances?|copies|capacity|count|size|number)\b",
    re.I,
)
_WORD = re.compile(r"[\w\-]+")


def read(text: str) -> str:
    """``text`` with each 'double'/'triple' that names an occasion dropped (see the module
    docstring); any other text as it is. Only lower-case nouns follow: a key in capitals
    ("double POINTS on my-api") is a setting, left for the readers that ask."""

    def drop(m: re.Match[str]) -> str:
        word = _WORD.match(text, m.end())
        if _KEEPS.match(text, m.end()) or (
            word and word.group(0).isupper() and len(word.group(0)) > 3
        ):
            return m.group(0)
        return ""

    return _ADJECTIVE.sub(drop, text)
