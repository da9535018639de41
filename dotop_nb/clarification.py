"""Answers to a planner's question, filled into the request (issue 12, point 7).

A question may name its *slot*: what is missing from the request (``replicas``). An answer that
fills the slot ("4", "4 replicas", "to 4") is merged into one clean request — ``scale my-api``
answered "4" is ``scale my-api to 4`` — instead of piling up as ``scale my-api (refined: 4)``,
which the rules cannot read as a count. Anything else said on refine stays a correction, kept
beside the request as before. Pure functions over text: the service composes the request a
planner sees and the intent a proposal records with :func:`compose`.

Example::

    fill("scale my-api", "replicas", "4")          # "scale my-api to 4"
    fill("scale my-api", "replicas", "use fewer")  # None: not an answer to the slot
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

SLOTS = frozenset({"replicas"})
"""The slots a question can name (what the request lacks)."""

_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_COUNT = re.compile(
    r"^\s*(?:(?:scale\s+)?(?:it\s+)?(?:to|use|make\s+it|set\s+it\s+to|run)\s+)?"
    r"(?P<n>\d{1,5}|" + "|".join(_WORDS) + r")"
    r"(?:\s+(?:replicas?|pods?|instances?|copies))?(?:\s+(?:please|instead))?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def fill(request: str, slot: str, answer: str) -> str | None:
    """``request`` with ``answer`` in ``slot``, or None when the answer does not fill it (or
    the request already holds a value the answer would contradict: then it is a correction)."""
    if slot != "replicas":
        return None
    found = _COUNT.match(answer)
    if found is None:
        return None
    raw = found.group("n").lower()
    count = int(raw) if raw.isdigit() else _WORDS[raw]
    if re.search(r"\d", request):
        return None  # a number is there already ("to 2.5"): the answer corrects it
    return f"{request.rstrip(' .!?')} to {count}"


class _Asked(Protocol):
    @property
    def slot(self) -> str | None: ...


@dataclass
class Statement:
    """What the person asks now: the request with every answer filled in, and the corrections
    that answered no question (newest last). ``answered``: the last thing said filled a slot
    (the plan starts again from the request rather than continuing a conversation)."""

    request: str
    corrections: list[str] = field(default_factory=list)
    answered: bool = False

    def text(self) -> str:
        """The intent a proposal records: the request, then each correction on its own line."""
        return self.request + "".join(f"\n(refined: {c})" for c in self.corrections)


def compose(intent: str, refinements: Sequence[str], asked: Sequence[_Asked]) -> Statement:
    """Fold ``refinements`` into ``intent``: refinement ``i`` answered proposal ``asked[i]``
    (the proposal shown when it was said)."""
    statement = Statement(intent)
    for index, said in enumerate(refinements):
        slot = asked[index].slot if index < len(asked) else None
        merged = fill(statement.request, slot, said) if slot else None
        if merged is not None:
            statement.request = merged
            statement.answered = True
        else:
            statement.corrections.append(said)
            statement.answered = False
    return statement
