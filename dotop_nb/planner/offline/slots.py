"""Slots the coverage builders read from what people type: ports, paths, durations, percents,
label selectors, quoted values (pure).

Each reader returns None when nothing is said, and raises :class:`Clarify` when something is
said that it cannot read whole ("port 99999", "every -5s"): a misread is a question.

Example::

    port("probe it on port 8080 every 10s")     # → 8080
    seconds("probe it on port 8080 every 10s")  # → 10
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.text import WORDS

_WORD_NUMBER = "|".join(sorted(WORDS, key=len, reverse=True))
_PORT = re.compile(r"\bport\s*(?:=|:|number)?\s*([a-z0-9][a-z0-9\-]*)\b|\bon\s+:?(\d{2,5})\b")
_PATH = re.compile(r"(?<![\w.:/])(/[A-Za-z0-9._~\-/]*)")
_UNIT_SECONDS = {"s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "m": 60, "min": 60}
_UNIT_SECONDS |= {"mins": 60, "minute": 60, "minutes": 60, "h": 3600, "hour": 3600, "hours": 3600}
_DURATION = rf"(-?\d+|{_WORD_NUMBER})\s*(seconds?|secs?|s|minutes?|mins?|min|m|hours?|h)\b"


def port(text: str, *, after: str = "") -> int | str | None:
    """A port said as ``port 8080``, ``port http`` or ``on 8080`` (after ``after``, when given).

    A name is returned as said (a named container port); a number must be 1..65535."""
    source = text.lower()
    if after and (i := source.find(after)) >= 0:
        source = source[i:]
    m = _PORT.search(source)
    value = (m.group(1) or m.group(2)) if m else None
    if value is None or value in _NOT_A_PORT_NAME:
        # "on the http port every 10s", "its admin port, path …": the name before the word.
        before = re.search(r"\b(?:the|its|on|via|named)\s+([a-z][a-z0-9\-]*)\s+port\b", source)
        return before.group(1) if before and before.group(1) not in _NOT_A_PORT_NAME else None
    if value.isdigit():
        if not 1 <= int(value) <= 65535:
            raise Clarify(f"Port {value} is not a port (1 to 65535): which port exactly?")
        return int(value)
    return value


# Words that follow "port" without naming it.
_NOT_A_PORT_NAME = frozenset(
    "of to for on at the and with every each period path interval then using via its "
    "container same main".split()
)


def path(text: str) -> str | None:
    """An HTTP path such as ``/healthz`` (the first word that starts with a slash)."""
    m = _PATH.search(text)
    return m.group(1) if m else None


def seconds(text: str, *, cue: str = r"every|period(?:\s+of)?|interval(?:\s+of)?") -> int | None:
    """A duration in whole seconds after a cue word: ``every 10s``, ``period of 30 seconds``."""
    m = re.search(rf"\b(?:{cue})\s*(?:=|:)?\s*{_DURATION}", text.lower())
    if not m:
        return None
    amount = int(m.group(1)) if m.group(1).lstrip("-").isdigit() else WORDS[m.group(1)]
    unit = m.group(2)
    if amount <= 0:
        raise Clarify(f"{m.group(0)!r}: a period is a positive number of seconds. How often?")
    return amount * _UNIT_SECONDS.get(unit, 1)


def percent_or_count(token: str) -> int | str:
    """``"50%"`` → ``"50%"``, ``"2"`` / ``"two"`` → 2; anything else is asked."""
    token = token.lower().strip()
    if m := re.fullmatch(r"(\d{1,3})\s*(?:%|percent)", token):
        if not 0 <= int(m.group(1)) <= 100:
            raise Clarify(f"{token!r} is not a percentage (0 to 100%).")
        return f"{int(m.group(1))}%"
    if token.isdigit():
        return int(token)
    if token in WORDS:
        return WORDS[token]
    raise Clarify(f"I could not read {token!r} as a number of pods or a percentage.")


def labels(text: str) -> dict[str, str]:
    """``key=value`` label pairs said in lower case (``app=cart``, ``tier=backend``)."""
    found = {}
    for key, value in re.findall(
        r"(?<![\w./-])([a-z0-9][a-z0-9./\-]*[a-z0-9]|[a-z])=([a-z0-9][a-z0-9._\-]*[a-z0-9]|[a-z0-9])(?![\w=])",
        text,
    ):
        found[key] = value
    return found


NUMBER_WORD = rf"(\d+(?:\.\d+)?|{_WORD_NUMBER})"


def count(word: str) -> int | None:
    """``"2"`` or ``"two"`` → 2 (None for anything else)."""
    word = word.lower()
    return int(word) if word.isdigit() else WORDS.get(word)
