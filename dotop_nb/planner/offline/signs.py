"""A number said with a minus sign that the plan does not carry with it: asked.

Reads the newest words of the request and the planned operations. A replica count, a PDB's
minAvailable, an HPA's bounds, an alert's hold or threshold, a TTL, a probe's period, a port or
a resource quantity takes no negative number: "pdb for my-api with minAvailable -1" planned as
minAvailable 1, or "alert … for -5 minutes" planned with ``for: 5m``, is a different number than
the one said. A value that keeps its sign in the plan ("set OFFSET=-5 on my-api": an
environment variable's text) is planned as said.

The sign is a hyphen or U+2212 right before the digits, not glued to a word or a number before
it ("2026-12-07", "utc-5", "my-api-2" are no negative numbers), or "negative" / "minus" said
before a number where a value is said ("to minus 2", "for minus 5 minutes"; "worker minus 2"
and "worker replicas minus 2" are a change of the replicas, read elsewhere).

Example::

    check("pdb for my-api with minAvailable -1", plan)  # raises Clarify
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from dotop_nb.planner.offline.context import Clarify
from dotop_nb.planner.offline.numbers import NUMBER_WORDS
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

# "-1", "=-5", ":-5", "(-1)", "\u22125m", "-50%": a sign before digits, not inside a token.
_SIGNED = rx(r"(?<![\w.\-+/\\\u2212])[-\u2212](?P<digits>\d+(?:\.\d+)?)(?P<unit>[a-z%]*)", re.I)
# "negative 1", "to minus two", "for minus 5 minutes": the word for the sign where a value is
# said (after a marker of the value or a field's name).
_SIGN_WORD = rx(
    r"(?:\bnegative|(?:(?:^|\b(?:to|at|be|is|as|of|with|value|for|in|every|within|by|"
    r"minavailable|maxunavailable|ttl|period|port|threshold|interval|timeout)|[=:])\s*)"
    r"minus)\s+"
    r"(?P<number>\d+(?:\.\d+)?[a-z%]*|[a-z]+)\b",
    re.I,
)


# Round 41 (gap44, blind44): a clause after the order that tells how things are or were ("restart
# the sorting worker (worker) please, it hangs since the -40 morning", "…, because it is -30
# outside"): a reason, its number (a temperature) no part of the order. Only beside a restart,
# which sets no number a sign could be dropped from; a negative in the order's own clause, or
# in a clause that asks ("…, make it -1"), is still asked.
_REASON_CLAUSE = rx(
    r"^(?:(?:because|since|as|cause|coz|cuz)\s+)?(?:it|they|he|she|we|everything|the\s+\w+)\s+"
    r"(?:is|was|are|were|has|had|hangs?|hung|crash(?:es|ed)|freez(?:es|ed)|froze|stall(?:s|ed)|"
    r"fail(?:s|ed)|di(?:es|ed)|breaks|broke|got|gets|went|goes|runs|ran|keeps|kept)\b",
    re.I,
)
_CLAUSE_MARK = rx(r"[,;]|\.(?!\d)")
_NO_NUMBER_KINDS = frozenset({"rollout_restart"})


def _in_reason(said: str, at: int, plan: PlanResult) -> bool:
    """Whether the number said at ``at`` stands in a reason after the order's own clause (see
    :data:`_REASON_CLAUSE`), beside a plan that sets no number."""
    if not all(op.kind in _NO_NUMBER_KINDS for op in plan.operations):
        return False
    marks = [m.end() for m in _CLAUSE_MARK.finditer(said, 0, at)]
    if not marks:
        return False
    end = _CLAUSE_MARK.search(said, at)
    clause = said[marks[-1] : end.start() if end else len(said)]
    return bool(_REASON_CLAUSE.match(clause.strip()))


def _negatives(said: str) -> Iterator[tuple[str, str, int]]:
    """Each negative number ``said`` holds: (the words as said, the number as the plan would
    hold it with its sign, e.g. '-5', where it starts)."""
    for m in _SIGNED.finditer(said):
        yield m.group(0), f"-{m.group('digits')}", m.start()
    for m in _SIGN_WORD.finditer(said):
        number = m.group("number").lower()
        if number[0].isdigit() or number in NUMBER_WORDS:
            yield m.group(0).strip(), f"-{number}", m.start()


def _carried(body: str, said: str, signed: str) -> bool:
    """Whether the operations' JSON ``body`` holds the number with its sign (or as said)."""
    # (Never inside a longer token: "-1" is not carried by "payments-1" nor by "-10".)
    as_said = re.escape(said.replace("\u2212", "-").lower())
    if rx(rf"(?<![\w.]){as_said}(?![\w.])").search(body.replace("\u2212", "-").lower()):
        return True
    return bool(rx(rf"(?<![\w.]){re.escape(signed)}(?![\d.])").search(body))


def check(said: str, plan: PlanResult) -> None:
    """Raise :class:`Clarify` when ``said`` holds a negative number that no planned operation
    carries with its sign; return None otherwise (nothing planned, no negative said, or the
    sign kept, as in an environment variable's value)."""
    if not plan.operations:
        return
    # (An operation's reason quotes the request: what it sets is the rest.)
    body = json.dumps(
        [op.model_dump(mode="json", exclude={"reason"}) for op in plan.operations],
        ensure_ascii=False,
    )
    for words, signed, at in _negatives(said):
        if not _carried(body, words, signed) and not _in_reason(said, at, plan):
            targets = ", ".join(
                dict.fromkeys(f"{op.target.kind}/{op.target.name}" for op in plan.operations)
            )
            raise Clarify(
                f"You said {words!r}, a negative number, but what it would set on {targets} "
                "takes none: dropping the sign would plan a number you did not say. What "
                "should it be?"
            )
