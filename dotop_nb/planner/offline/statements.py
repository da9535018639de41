"""Clauses that say how things are, never what to change: their values are not the plan's.

"restart my-api, frontend has 2 replicas" scaled frontend to 2; "update checkout, 1.1.0 is
broken, to 1.1.1" set 1.1.0; "scale my-api to 5, the node has 16 cores" set a cpu request of 16.
A clause that states — a subject, then an indicative verb of being or having ("has", "is",
"uses", "runs", "mentions", "looks", "was", "set" told of someone) — with no imperative verb at
its start and no word of obligation ("should", "must", "needs to", "has to", "to be") is read by
grammar, not by its words. The finished plan is then checked: a value (a number, a version, an
image, a ``KEY=value``) said only inside such clauses must not be in any operation, or the
planner asks. The request beside it still plans what it asks for with its own values.

Narrowed so ordinary requests stay plans: a clause cut at "but", "and", "so" or "then" too
("orders app -> …:1.2.0 but keep envoy as is"); none states that starts with a preposition,
an -ing word ("using the image postgres:17.2", "keeping at least the 2 it runs"), or a
selector ("whatever has tier=backend"); none that holds a condition ("up to 12 whenever cpu is
high") or announces a value to use ("the hotfix … is built", "the 2.0 build is out") — those
say what the request should take.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from dotop_nb.models import Operation

_CLAUSES = re.compile(
    r"\s*(?:[,;!?()]|:(?=\s)|\.(?=\s|$)|\s[-\u2013\u2014]+>?\s|\u2014|\u2013|"
    r"\b(?:but|so|then)\b)\s*",
    re.I,
)
# Words that open a clause which cannot state: a preposition or adverb of quantity ("up to
# 12", "at most 4"), a selector ("whatever has tier=backend"), an -ing word ("using …").
_NOT_SUBJECT = re.compile(
    r"^(?:up|to|at|from|on|in|into|for|by|under|over|between|within|above|below|"
    r"never|not|no|min|max|minimum|maximum|target|whatever|whichever|anything|everything|"
    r"anyone|those|these|which|who|where|[a-z]+ing)\b",
    re.I,
)
# A condition inside the clause: it says when, not how things are.
_CONDITION = re.compile(
    r"\b(?:when|whenever|if|unless|once|while|until|since|because|after|as\s+per)\b", re.I
)
# "we are moving payments from stripe to adyen": an act in progress is the speaker's intent;
# "it is using 900m cpu", "pods are getting OOMKilled" say how things are.
_PROGRESSIVE = re.compile(
    r"\b(?:is|are|am|'re|'m)\s+(?!(?:using|running|sitting|showing|reporting|consuming|"
    r"getting|having|doing|holding|serving|staying|looking|working|failing|crashing)\b)"
    r"[a-z]+ing\b",
    re.I,
)
# A verb of change before the verb of state: "increase the limit to 512Mi since pods are …".
_CHANGE = re.compile(
    r"\b(?:set|make|scale|restart|update|change|bump|raise|lower|increase|decrease|reduce|"
    r"upgrade|downgrade|pin|deploy|ship|switch|roll|give|add|remove|delete|configure|move)\b",
    re.I,
)
# A value announced to be taken: new, fixed, built, out, ready … — the request uses it.
_ANNOUNCED = re.compile(
    r"\b(?:new|newer|fixed|fix|hotfix|patched|latest|built|rebuilt|out|ready|available|"
    r"released|published|pushed|tagged|live|tested|approved|verified|validated|merged|signed|"
    r"landed|uploaded|cut|green)\b",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?:whatever|whichever|anything|everything|what|which|that|who|those|where)\b", re.I
)
_AS_IS = re.compile(r"\bas\s+(?:it\s+|they\s+)?(?:is|are)\b", re.I)
# A verb that states: being, having, using, running, saying, seeming; or a past act told of
# someone ("earlier someone set LOG_LEVEL=trace"), which reports and does not ask.
_STATES = re.compile(
    r"\b(?:has|have|had|is|are|was|were|been|uses|used|using|runs|ran|running|mentions|"
    r"mentioned|says|said|looks?|seems?|shows?|showed|reports?|reported|"
    r"crash(?:es|ed|ing)?|fails|failed|failing|breaks|broke|hangs|hung|hanging|leaks|leaked|"
    r"leaking|panics|panicked)\b",
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
    r"ought|want|wants|wanted|would|like|please|let'?s|make\s+sure|ensure|so\s+that|"
    r"such\s+that|instead|going\s+to|gonna|will|can|could|may|might|kindly|pls|plz|"
    r"requested|required|needed|wanted|asked|due|planned|scheduled|expected)\b|"
    # "the request is to scale payments to 4", "the plan is to bump …": what is asked for.
    r"\b(?:is|are|was)\s+to\s+(?=[a-z])",
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
_HEDGED = re.compile(
    r"\b(?:around|about|roughly|approximately|approx\.?|some)\s+(?=\d)|(?<=\d)(?:-?ish|\s+or\s+so)\b",
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
    words = _AS_IS.sub(" ", clause.strip())
    if _REPORTED.search(words):
        return True
    if (
        _LEADS.match(words)
        or _NOT_SUBJECT.match(words)
        or _OBLIGED.search(words)
        or _CONDITION.search(words)
        or _ANNOUNCED.search(words)
    ):
        return False
    if _PROGRESSIVE.search(words):
        return False
    verb = _STATES.search(words)
    if verb is None:
        return False
    # "bounce whatever has tier=backend": a selector before the verb — the verb is its.
    before = words[: verb.start()]
    return not _RELATIVE.search(before) and not _CHANGE.search(before)


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


def _kinds(text: str) -> set[str]:
    """The kinds of value ``text`` says: "kv", "image" (an image or a version), "num"."""
    found: set[str] = set()
    for m in _VALUES.finditer(text):
        kind = m.lastgroup or ""
        found.add("image" if kind == "version" else kind)
    return found


def masked(raw: str) -> str:
    """``raw`` with the values of its stating clauses taken out, when a clause that asks says
    a value of the same kind in their place: "update checkout, 1.1.0 is broken, to 1.1.1" is
    read as "update checkout, is broken, to 1.1.1"; "scale my-api to 5, the node has 16 cores"
    as "…, the node has cores". A stated value with none of its kind asked ("restart frontend,
    it is using 900m cpu") is left: the plan is then checked by :func:`misused`. So are all
    values of a sentence with no clause that asks ("the tags are my-api:1.4.1 and …")."""
    pieces = re.split(f"({_CLAUSES.pattern})", raw, flags=re.I)
    spans = [(i, p) for i, p in enumerate(pieces) if i % 2 == 0 and p and p.strip()]
    asked: set[str] = set()
    for _, piece in spans:
        if not stating(piece):
            asked |= _kinds(piece)
    cut = False
    for i, piece in spans:
        if stating(piece) and _kinds(piece) and _kinds(piece) <= asked:
            # "my-api uses around 250m cpu": the hedge of a value taken out goes with it.
            pieces[i] = _VALUES.sub("", _HEDGED.sub("", piece))
            cut = True
    return re.sub(r"\s{2,}", " ", "".join(p or "" for p in pieces)).strip() if cut else raw


def borrowed(raw: str, operations: Sequence[Operation]) -> str | None:
    """A workload the plan changes that is named only inside clauses that state, while a
    clause that asks names another one: "restart worker; the cache proxy runs 1.0.0" must not
    restart the cache too."""
    parts = clauses(raw)
    names = {op.target.name.lower() for op in operations}

    def said_in(name: str, part: str) -> bool:
        return bool(re.search(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", part, re.I))

    # "frontend and my-api: frontend is fine, scale my-api to 4": a heading that only lists
    # names asks nothing of them.
    listing = [p for p in parts if re.fullmatch(r"[\w\-]+(?:\s*(?:,|and|&)\s*[\w\-]+)+", p)]
    asked = {
        n for n in names for p in parts if not stating(p) and p not in listing and said_in(n, p)
    }
    for name in sorted(names - asked):
        if asked and any(stating(p) and said_in(name, p) for p in parts):
            return name
    return None
