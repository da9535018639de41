"""Clauses that say how things are, never what to change: their values are not the plan's.

"restart my-api, frontend has 2 replicas" scaled frontend to 2; "update checkout, 1.1.0 is
broken, to 1.1.1" set 1.1.0; "scale my-api to 5, the node has 16 cores" set a cpu request of 16.
A clause that states — a subject, then an indicative verb of being or having ("has", "is",
"uses", "runs", "mentions", "looks", "was", "set" told of someone) — with no imperative verb at
its start and no word of obligation ("should", "must", "needs to", "has to", "to be") is read by
grammar, not by its words. The finished plan is then checked: a value (a number, a version, an
image, a ``KEY=value``) said only inside such clauses must not be in any operation, or the
planner asks. The request beside it still plans what it asks for with its own values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from dotop_nb.models import Operation

_CLAUSES = re.compile(r"\s*(?:[,;!?]|:(?=\s)|\.(?=\s|$)|\s[-\u2013\u2014]+\s|\u2014|\u2013)\s*")
# A verb that states: being, having, using, running, saying, seeming; or a past act told of
# someone ("earlier someone set LOG_LEVEL=trace"), which reports and does not ask.
_STATES = re.compile(
    r"\b(?:has|have|had|is|are|was|were|been|uses|used|using|runs|ran|mentions|"
    r"mentioned|says|said|looks?|seems?|shows?|showed|reports?|reported)\b",
    re.I,
)
_REPORTED = re.compile(
    r"^(?:earlier|yesterday|last\s+\w+|before|previously|once)?\s*,?\s*"
    r"(?:someone|somebody|we|they|he|she|i|a\s+colleague|ops|the\s+team)\s+"
    r"(?:already\s+|once\s+)?(?:set|changed|bumped|put|made|pinned|scaled|updated|deployed)\b",
    re.I,
)
# Obligation, wish or request: the clause asks for what it says.
_OBLIGED = re.compile(
    r"\b(?:should|must|shall|needs?|need\s+to|has\s+to|have\s+to|had\s+to|to\s+be|to\s+have|"
    r"ought|want|wants|wanted|requested|required|needed|asked|expected|supposed|planned|due|"
    r"would|like|please|let'?s|make\s+sure|ensure|so\s+that|"
    r"such\s+that|instead|going\s+to|gonna|will|can|could|may|might)\b",
    re.I,
)
# A clause that starts with a verb (or a subordinator) is a request or a condition, read by
# the rules; only a clause whose first word is a subject can state.
_LEADS = re.compile(
    r"^(?:please\s+|then\s+|also\s+|and\s+|now\s+|just\s+)*"
    r"(?:set|make|keep|scale|restart|update|change|give|let|bump|raise|lower|increase|"
    r"decrease|reduce|put|get|configure|add|remove|delete|roll|rollback|upgrade|downgrade|"
    r"pin|use|run|deploy|ship|move|switch|turn|enable|disable|limit|cap|allow|block|"
    r"expose|create|apply|patch|edit|fix|bring|go|do|see|check|if|when|whenever|unless|"
    r"until|after|before|while|once|because|since|as|so|but|or|only|otherwise|in\s+case|"
    r"provided|given|what|why|how|which|is|are|does|do|can|could|would|will)\b",
    re.I,
)
_VALUES = re.compile(
    r"(?P<kv>\b[A-Za-z_][A-Za-z0-9_]*=[^\s,;]+)|"
    r"(?P<image>\b[a-z0-9.\-]+(?:/[a-z0-9.\-_]+)+:[\w.\-]+)|"
    r"(?P<version>\bv?\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?\b)|"
    r"(?P<num>(?<![\w.\-/:=])\d+(?:\.\d+)?\s?(?:mi|gi|ki|m|g|%)?(?![\w.\-/:]))",
    re.I,
)


def clauses(text: str) -> list[str]:
    """The clauses of ``text``, split at punctuation and dashes."""
    return [c.strip() for c in _CLAUSES.split(text) if c and c.strip()]


def stating(clause: str) -> bool:
    """True when ``clause`` says how things are (or were), not what should be."""
    words = clause.strip()
    if _REPORTED.search(words):
        return True
    if _LEADS.match(words) or _OBLIGED.search(words):
        return False
    return bool(_STATES.search(words))


def _values(text: str) -> set[str]:
    """Values said in ``text``, normalised (lower case, no space before a unit)."""
    found: set[str] = set()
    for m in _VALUES.finditer(text):
        token = re.sub(r"\s+", "", m.group(0)).lower()
        found.add(token)
        if m.group("kv"):
            found.add(token.split("=", 1)[1])
        if m.group("version") and token.startswith("v"):
            found.add(token[1:])
    return found


def stated(raw: str) -> set[str]:
    """Values said only inside clauses that state, never in one that asks."""
    parts = clauses(raw)
    inside: set[str] = set()
    outside: set[str] = set()
    for part in parts:
        (inside if stating(part) else outside).update(_values(part))
    return inside - outside


def _leaves(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield str(k).lower()
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)
    elif value is not None and not isinstance(value, bool):
        yield str(value).lower()


def _uses(leaf: str, value: str) -> bool:
    if leaf == value:
        return True
    number = re.fullmatch(r"(\d+(?:\.\d+)?)(?:cores?)?", value)
    if number and leaf in (number.group(1), f"{number.group(1)}.0"):
        return True
    # An image's tag or a whole image reference inside a leaf.
    return bool(re.search(rf"(?:^|[:/=@]){re.escape(value)}$", leaf))


def misused(raw: str, operations: Sequence[Operation]) -> str | None:
    """A value said only in a clause that states and yet set by the plan, if any."""
    values = stated(raw)
    if not values:
        return None
    for op in operations:
        leaves = set(_leaves(op.model_dump(mode="json")))
        leaves.discard(op.target.name.lower())
        for value in sorted(values):
            if any(_uses(leaf, value) for leaf in leaves):
                return value
    return None
