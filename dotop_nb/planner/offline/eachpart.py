"""A time or condition said of one part of a request of several (round 23, cond, N).

A proposal has one ``awaits``, approved once, for all its operations. "scale payments to 4
tomorrow and restart worker now" waited on "tomorrow" for both; "restart worker now; scale
payments to 4 after the sale" delayed the restart to after the sale. So the whole plan waits on
a phrase only when it is said of the whole request: it opens the request ("after the migration,
scale payments to 4 and restart worker"), it closes it ("restart worker and scale payments to 4
after the sale": the approver waits for it, nothing runs early), or every part says the same.
A phrase said inside one part with other parts after it, parts with different phrases, or a
part said to run "now" beside a waiting one are asked: send the parts separately.

"restart payments, and if that fails, worker": a condition on the change before it ("if that
fails") says the part after it is a fallback, which is done only if the first fails: asked too.

Pure text.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.context import Clarify

# A part said to run now, beside one that waits ("…, and restart worker now"). ("for now" says
# how long; "from now on" for ever; "now that …" why.)
_NOW = re.compile(
    r"(?<![\w-])(?<!for\s)(?<!from\s)(?<!until\s)(?<!till\s)(?:right\s+now|now|immediately|"
    r"right\s+away|straight\s+away|asap|at\s+once|this\s+instant)(?!\s+(?:that|on)\b)(?![\w-])"
)
# A condition on the change said before it: the part after it is a fallback.
_FALLBACK = re.compile(
    r"^(?:only\s+)?(?:if|when|should|in\s+case)\s+(?:that|this|it|the\s+(?:restart|first\s+one|"
    r"former|rollback|update|scale))\s+(?:still\s+)?(?:fails?|doesn'?t\s+(?:work|help|fix\s+it)|"
    r"does\s+not\s+(?:work|help)|breaks?|is\s+not\s+enough|isn'?t\s+enough|won'?t\s+(?:work|"
    r"help)|didn'?t\s+(?:work|help)|failed)\b"
)
# Words that may open a part and say nothing of it.
_LEAD = re.compile(r"^[\W_]*(?:(?:and|then|also|please|pls|but|so|ok(?:ay)?|plus)\b[\W_]*)*")


def _leading(said: str, phrase: str) -> bool:
    """Whether ``phrase`` opens the part ``said`` (after its lead-in words)."""
    lowered = said.lower()
    return lowered[len(_LEAD.match(lowered).group(0)) :].startswith(phrase.lower())  # type: ignore[union-attr]


def _quoted(parts: list[tuple[str, list[str]]]) -> str:
    return " and ".join(repr(s.strip(" ,;.")) for s, _ in parts)


def check(parts: list[tuple[str, list[str]]]) -> None:
    """Ask when the phrases waited on (each part as said, with its phrases) are not said of
    the whole request (see the module docstring)."""
    for said, phrases in parts:
        if fallback := next((p for p in phrases if _FALLBACK.match(p.lower())), None):
            raise Clarify(
                f"I read {fallback!r} as making what follows it a fallback, done only if the "
                f"change before it fails. I plan no fallback: {said.strip()!r} would run all of "
                "it at once. Ask for the first change alone, and for the fallback if it is needed."
            )
    if len(parts) < 2 or not any(phrases for _, phrases in parts):
        return
    said_now = [s for s, phrases in parts if not phrases and _NOW.search(s.lower())]
    waiting = [(s, phrases) for s, phrases in parts if phrases]
    if not said_now:
        if (
            len(waiting) == len(parts)
            and len({tuple(sorted(p.lower() for p in ph)) for _, ph in waiting}) == 1
        ):
            return  # every part says the same
        if len(waiting) == 1:
            said, phrases = waiting[0]
            at = parts.index(waiting[0])
            if at == 0 and all(_leading(said, p) for p in phrases):
                return  # it opens the request: said of the whole
            if at == len(parts) - 1 and not any(_leading(said, p) for p in phrases):
                return  # it closes the request: the approver waits for it, nothing runs early
    said, phrases = waiting[0]
    others = [(s, p) for s, p in parts if s is not said]
    raise Clarify(
        f"I read {'; '.join(phrases)!r} as said of {said.strip(' ,;.')!r} only, but a plan has "
        f"one approval, for all its parts: {_quoted(others)} would wait for it too"
        + (" although said to run now" if said_now else "")
        + f". Send the parts separately: {_quoted(parts)}, each with its own time or condition."
    )
