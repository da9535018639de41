"""The words a pattern cannot match without: a cheap look before a costly search.

Many of the planner's cue patterns are alternations of a hundred phrases, and the ``re`` engine
tries every alternative at every position of the text: a few such patterns cost more than the
rest of a plan. Most texts hold none of a pattern's words, and a substring look tells so in a
fraction of the time. :func:`needs` reads the parsed pattern once and returns the literal
fragments one of which every match must contain (in lower case), or None when it cannot tell;
:func:`may_match` is the look. The look never says no where the pattern would match: it is only
ever asked about ASCII text, compares in lower case whatever the pattern's flags (a
case-sensitive pattern is only looked at more often than it needs), and takes a fragment only
from what every match consumes or asserts ahead or behind (never from an optional part, a
negative look or a character class).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# The ``re`` module's own reader of patterns (typeshed does not describe it, hence the import by
# name): what a pattern is made of, exactly as the engine will run it.
_parser: Any = importlib.import_module("re._parser")
c: Any = importlib.import_module("re._constants")

__all__ = ["may_match", "needs"]

# A fragment shorter than this is in nearly every text: no use as a look.
_SHORTEST = 2
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


def needs(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case fragments one of which every match of ``pattern`` contains, or None."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unreadable pattern is only searched, never looked at
        return None
    return _sequence(list(parsed))


def may_match(fragments: frozenset[str] | None, lowered: str | None) -> bool:
    """False only when ``lowered`` (the text in lower case, None if not ASCII) holds none of
    ``fragments``, so the pattern they came from cannot match it."""
    if fragments is None or lowered is None:
        return True
    return any(f in lowered for f in fragments)


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best requirement of a sequence: the one whose shortest fragment is longest."""
    found: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= _SHORTEST:
            found.append(frozenset({"".join(run).lower()}))
        run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        close()
        wanted = _element(op, av)
        if wanted is not None:
            found.append(wanted)
    close()
    if not found:
        return None
    best = max(found, key=lambda f: (min(map(len, f)), -len(f)))
    return best if min(map(len, best)) >= _SHORTEST else None


def _element(op: Any, av: Any) -> frozenset[str] | None:
    """What one element of a sequence requires of every match, or None."""
    if op is c.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is c.ASSERT:  # a positive look ahead or behind must match too
        return _sequence(list(av[1]))
    if op in _REPEATS and av[0] >= 1:
        return _sequence(list(av[2]))
    if op is c.BRANCH:
        alternatives = [_sequence(list(a)) for a in av[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*alternatives)  # type: ignore[arg-type]
    return None
