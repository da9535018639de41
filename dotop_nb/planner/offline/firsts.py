"""A change asked to come first, said after another (round 23, cond, K).

"update my-api to 2.3.1, but back up postgres first", "rollback checkout, but restart worker
first", "set memory limit of postgres to 2Gi, backup first": the plan ran the changes in the
order written, so the backup came after the update it was meant to protect. "restart postgres
but first back it up" lost the backup altogether. The planner keeps the written order, so a
part said to come first after an order before it is asked: say the changes in the order they
should run. ("back up postgres first, then update my-api", "first, back up postgres, then
restart it": in order, planned.)

Pure text.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.context import Clarify

# The clause before: where one order ends and the one said to come first begins.
_BREAK = (
    r"(?:\s*(?:[,;:\u2013\u2014]|\.(?=\s)|\s-)\s*(?:but\s+|and\s+|though\s+)?"
    r"|\s+(?:but|and|though)\s+)"
)
# "…, but back up postgres first", "…, backup beforehand", "…, restart worker before that".
_LATER_FIRST = re.compile(
    rf"^(?P<before>.*?){_BREAK}(?:please\s+|pls\s+|just\s+)?"
    r"(?P<part>(?:(?!\b(?:then|and|but|after|once|when|if)\b)[^,;:\u2014])+?)\s+"
    r"(?<!the\s)(?<!a\s)(?<!its\s)(?:first|beforehand|before\s+(?:that|this|it|anything\s+else|"
    r"you\s+do(?:\s+(?:that|it))?))"
    # "…, back up postgres first please", "… first though": words that close a request.
    r"(?:\s*,?\s*(?:please|pls|plz|thanks|thx|thank\s+you|though|ok|okay|mind\s+you))*\s*[.!]*\s*$",
    re.I | re.S,
)
# "restart postgres but first back it up", "…; first, back it up".
_FIRST_AFTER = re.compile(
    rf"^(?P<before>.*?){_BREAK}first\s*[,:]?\s+(?P<part>[a-z].*?)\s*[.!]*\s*$",
    re.I | re.S,
)


# A step said as a noun or a setting (round 23, parts): "…, postgres backup first", "…, with a
# postgres backup first", "…, with postgres backed up first", "…, LOG_LEVEL=debug in
# my-api-config first", "…, but first a postgres backup", "…, checkout restart beforehand".
_NOUN_STEP = re.compile(
    r"\W*(?:with\s+)?(?:(?:an?|the|one|fresh|new)\s+)*(?:[\w-]+\s+)?"
    r"(?:back\s*-?\s*up|snapshot|restart|rollout\s+restart)(?![\w-])"
    r"|\W*(?:with\s+)?[\w-]+\s+(?:backed\s+up|snapshotted|restarted)\b"
    r"|\W*(?:set\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=\s*\S",
    re.I,
)


def _step(part: str, orders: re.Pattern[str]) -> bool:
    """Whether ``part`` says a change: an order, or a step said as a noun or a setting."""
    return bool(orders.match(part) or _NOUN_STEP.match(part))


def check(raw: str, orders: re.Pattern[str]) -> None:
    """Ask when ``raw`` says a change is to come first after an order said before it: both
    open with a verb of change (``orders`` matches one at the start; "we're about to upgrade
    payments, scale it to 4 first" says an event, "bump my-api, let me run it by sam first" no
    second change)."""
    for pattern in (_LATER_FIRST, _FIRST_AFTER):
        m = pattern.match(raw.strip())
        if m is None or not orders.match(m.group("before")) or not _step(m.group("part"), orders):
            continue
        before, part = m.group("before").strip(" ,;:-"), m.group("part").strip(" ,;:-")
        raise Clarify(
            f"You asked for {part!r} first, but said it after {before!r}: I plan changes in the "
            "order they are written, so it would run second. Say them in the order they should "
            f"run: '{part}, then {before}'."
        )
