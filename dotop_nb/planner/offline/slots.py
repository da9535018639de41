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
from dotop_nb.planner.offline.numbers import Num, placeholders
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import COUNT_WORDS, WORDS

_PORT = re.compile(
    # (Round 35, gap38d: the word "port" whole — never the start of "portal", read as port "al".)
    r"\bport(?:\s*[=:]\s*|\s+(?:number\s*)?|number\s*|(?=\d))([a-z0-9][a-z0-9\-]*)\b|"
    r"\bon\s+:?(\d{2,5})\b|"
    # "tcp 5432", "tcp/6379", "tcp:8080", "5432/tcp": the protocol said beside its port.
    r"\b(?:tcp|udp)\s*(?:[:/]\s*|\s)(?:on\s+)?:?(\d{1,5})\b|\b(\d{1,5})/(?:tcp|udp)\b"
)
# "… and path /metrics.": the sentence's full stop (or a comma) after a path is not part of it.
_PATH = re.compile(r"(?<![\w.:/])(/[A-Za-z0-9._~\-/]*?)(?=[.,]*(?:\s|$|[;:!?)\]'\"]))")


def port(text: str, *, after: str = "") -> int | str | None:
    """A port said as ``port 8080``, ``port http`` or ``on 8080`` (after ``after``, when given).

    A name is returned as said (a named container port); a number must be 1..65535."""
    source = text.lower()
    if after and (i := source.find(after)) >= 0:
        source = source[i:]
    m = _PORT.search(source)
    value = next((g for g in m.groups() if g), None) if m else None
    if value is None or value in _NOT_A_PORT_NAME:
        # "on the http port every 10s", "its admin port, path …": the name before the word.
        before = rx(r"\b(?:the|its|on|via|named)\s+([a-z][a-z0-9\-]*)\s+port\b").search(source)
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


_SECONDS_OF = {"second": 1, "minute": 60, "hour": 3600}
_UNIT_WORD = r"(seconds?|secs?|s|minutes?|mins?|min|m|hours?|hrs?|h)"


def _unit_seconds(unit: str) -> int:
    return 3600 if unit.startswith("h") else 60 if unit.startswith("m") else 1


# The rest of a duration said in two parts: "(an hour) and a half", "(1 minute) 30 seconds".
_MORE = (
    rf"\s*(?:and\s+)?(?:(a\s+half)\b(?!\s+(?:an?\s+)?(?:hours?|minutes?))|#(\d+)\s*{_UNIT_WORD}\b)"
)


def _more(spoken: str, at: int, nums: list[Num], size: int) -> int:
    """The seconds said after a duration's first part at ``at`` (of ``size`` seconds each):
    half of it, or a smaller unit's count (round 41, sh48b — attack48: "for an hour and a
    half" is 90 minutes, never 1h; "every 1 minute 30 seconds" 90s); 0 when none is said."""
    m = rx(_MORE).match(spoken, at)
    if m is None:
        return 0
    if m.group(1):
        return size // 2
    num = nums[int(m.group(2))]
    unit = num.unit or m.group(3)
    if num.count is None or _unit_seconds(unit) >= size:
        raise Clarify(f"{m.group(0).strip()!r}: how long exactly? Say e.g. '90s' or '1h30m'.")
    return num.count * _unit_seconds(unit)


def duration(
    text: str,
    *,
    cue: str = r"every|period(?:\s+of)?|interval(?:\s+of)?",
    bare: str | None = None,
) -> int | None:
    """A duration in whole seconds after a cue word, its number read whole in digits or words:
    ``every 10s``, ``every ten seconds``, ``every half minute``, ``once a minute``, ``twice a
    minute``, ``interval of two minutes``. A number without a unit ("every 10") or one that is
    not a positive whole count is a question, never a default in its place — unless ``bare``
    names the unit the field is counted in (a probe's "period 10" is periodSeconds)."""
    spoken, nums = placeholders(text.lower())
    lead = rf"\b(?:{cue})\s*(?:=|:)?\s*"
    if m := rx(rf"{lead}(?=\d+[hms]\d)(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?![\w.])").search(
        text.lower()
    ):
        # Round 41 (sh48b — attack48): a Go duration, "every 1h30m", "2m30s": read whole.
        hours, minutes, secs = (int(g or 0) for g in m.groups())
        if hours * 3600 + minutes * 60 + secs == 0:
            raise Clarify(f"{m.group(0).strip()!r}: a period is a positive time. How often?")
        return hours * 3600 + minutes * 60 + secs
    if m := rx(rf"{lead}#(\d+)(?:\s*{_UNIT_WORD}\b)?").search(spoken):
        num = nums[int(m.group(1))]
        unit = num.unit or m.group(2) or bare or ""
        if not rx(_UNIT_WORD).fullmatch(unit):
            raise Clarify(
                f"{m.group(0).replace(f'#{num.index}', num.raw)!r}: {num.raw} what — seconds, "
                "minutes or hours? Say e.g. 'every 10s'."
            )
        if num.count is None or num.count == 0:
            raise Clarify(f"{num.raw!r}: a period is a positive whole number. How often?")
        return num.count * _unit_seconds(unit) + _more(spoken, m.end(), nums, _unit_seconds(unit))
    if m := rx(rf"{lead}(?:a\s+|an\s+)?half\s+(?:a\s+|an\s+)?(minute|hour)\b").search(spoken):
        return _SECONDS_OF[m.group(1)] // 2
    if m := rx(rf"{lead}(second|minute|hour)\b").search(spoken):
        size = _SECONDS_OF[m.group(1)]
        return size + _more(spoken, m.end(), nums, size)
    times = r"(\bonce|\btwice|#\d+\s+times)\s+(?:a|an|per|every|each)\s+(second|minute|hour)\b"
    if cue.startswith("every") and (m := rx(times).search(spoken)):
        how, unit = m.group(1), _SECONDS_OF[m.group(2)]
        count = {"once": 1, "twice": 2}.get(how) or nums[int(how[1:].split()[0])].count or 0
        if count <= 0 or unit % count:
            raise Clarify(f"{m.group(0)!r}: how often exactly? Say e.g. 'every 15s'.")
        return unit // count
    return None


def seconds(
    text: str,
    *,
    cue: str = r"every|period(?:\s+of)?|interval(?:\s+of)?",
    bare: str | None = None,
) -> int | None:
    """A duration in whole seconds after a cue word: ``every 10s``, ``period of 30 seconds``."""
    return duration(text, cue=cue, bare=bare)


def percent_or_count(token: str) -> int | str:
    """``"50%"`` → ``"50%"``, ``"2"`` / ``"two"`` → 2; anything else is asked."""
    token = token.lower().strip()
    if (m := rx(r"(.+?)\s*(?:%|percent)").fullmatch(token)) and not m.group(1).isdigit():
        # "seventy percent", "twenty-five %": the words as digits, then read as any percent.
        token = f"{percent_or_count(m.group(1))}%"
    if m := rx(r"(\d{1,3})\s*(?:%|percent)").fullmatch(token):
        if not 0 <= int(m.group(1)) <= 100:
            raise Clarify(f"{token!r} is not a percentage (0 to 100%).")
        return f"{int(m.group(1))}%"
    if token.isdigit():
        return int(token)
    spoken, nums = placeholders(token)
    if spoken == "#0" and nums[0].words and nums[0].count is not None:
        return nums[0].count
    raise Clarify(f"I could not read {token!r} as a number of pods or a percentage.")


def labels(text: str) -> dict[str, str]:
    """``key=value`` label pairs said in lower case (``app=cart``, ``tier=backend``)."""
    found = {}
    for key, value in rx(
        r"(?<![\w./-])([a-z0-9][a-z0-9./\-]*[a-z0-9]|[a-z])=([a-z0-9][a-z0-9._\-]*[a-z0-9]|[a-z0-9])(?![\w=])"
    ).findall(text):
        found[key] = value
    return found


# A number read whole: digits, or number words as whole words ("seventeen" is never "seven"
# followed by "teen", "at" never "a"); "a"/"an" are no amount here.
NUMBER_WORD = rf"(?<![\w.])(\d+(?:\.\d+)?|(?:{COUNT_WORDS})(?![\w-]))"


def count(word: str) -> int | None:
    """``"2"`` or ``"two"`` → 2 (None for anything else)."""
    word = word.lower()
    return int(word) if word.isdigit() else WORDS.get(word)
