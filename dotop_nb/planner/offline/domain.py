"""A workload's name said with a noun of its domain, in a remark beside the request.

Rule: "the checkout button is still broken; … roll 1.2.0 out", "lag on the orders topic is
1.2M. triple the worker count", "the worker consumer is stuck …, kick the worker pods": when the
word after a workload's name forms no object name in the namespace (no ``<name>-<word>`` object
of any kind, no workload called ``<name>-<word>-…``) and every clause saying the two is a
statement of what is the case (a remark, not the clause asking for the change) while another
clause asks for something, that mention is context — the product, topic or tables of the
service — and names nothing the plan acts on. It is dropped, never turned into a target: a
request that then names no workload is asked which one. Beside a destructive word (delete,
drop, wipe …) it stays a question, as does the same words said inside the request
("scale cart cleaner to 5").
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import asides
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.numbers import NUMBER_WORDS
from dotop_nb.planner.offline.rx import rx

_DESTRUCTIVE = re.compile(rf"(?<![a-z])(?:{t.DESTRUCTIVE})(?![a-z])", re.I)
# Someone's words relayed ("the customer says …", "customer on ticket #4821 reported …",
# "the customer asked us to stop the checkout experiment"): what they said sets the scene.
_RELAYED = re.compile(
    r"^(?:[\w\-#']+\s+){1,4}(?:said|says|say|reports?|reported|asked|asks|wants?|wanted|"
    r"complains?|complained|mentioned|mentions|noticed|notices|saw|sees|told\s+us|tells\s+us)\b"
)
# Clause ends: a sentence's end, ";", ":", ",", a bracket, a dash.
_CLAUSES = re.compile(r"[;:!?()\u2014\u2013]|\.(?:\s|$)|,|\s-\s")


def remark_noun(source: str, said: str, word: str) -> bool:
    """Whether ``said`` + ``word`` ("orders topic") is said only in remarks beside a request."""
    lowered = source.lower().replace("\u2019", "'")
    if _DESTRUCTIVE.search(lowered):
        return False
    spoken = r"\s+".join(re.escape(w) for w in said.split())
    pattern = rx(rf"(?<![\w\-]){spoken}(?:'s)?\s+{re.escape(word)}(?![\w\-])")
    clauses = [c.strip() for c in _CLAUSES.split(lowered) if c and c.strip()]
    holding = [c for c in clauses if pattern.search(c)]
    others = [c for c in clauses if not pattern.search(c)]
    if not holding or not others or any(asides._BACK.search(c) for c in others):
        return False  # "the cart cleaner is stuck, restart it": the request refers back
    return all(_remark(c) for c in holding)


# Words that may follow a workload's name said by itself in an order ("revert worker to …",
# "scale my-api to 5", "add two more worker pods", "restart checkout, …").
_ALONE_AFTER = (
    r"(?:'s)?(?=\s*$|\s+(?:to|back|at|by|on|in|from|with|and|or|now|please|pls|again|"
    r"pods?|replicas?|instances?|deployment|statefulset|sts)\b|\s+\d)"
)


def beside_order(source: str, said: str, word: str) -> bool:
    """Whether ``said`` + ``word`` ("worker regression", "checkout import") is said only in
    clauses that ask for nothing — a heading or a remark, with or without a verb ("CDR worker
    regression on 0.9.0", "the checkout import went wrong") — while a clause that asks names
    the workload by itself ("revert worker to …:0.8.4"): the order says what it acts on, and
    the mention beside it is context. Never beside a destructive word, under a rule, or where
    the order refers back ("…, roll it back")."""
    lowered = source.lower().replace("\u2019", "'")
    if _DESTRUCTIVE.search(lowered):
        return False
    spoken = r"\s+".join(re.escape(w) for w in said.split())
    pattern = rx(rf"(?<![\w\-]){spoken}(?:'s)?\s+{re.escape(word)}(?![\w\-])")
    alone = rx(rf"(?<![\w\-./:@]){spoken}(?![\w\-]){_ALONE_AFTER}")
    clauses = [c.strip() for c in _CLAUSES.split(lowered) if c and c.strip()]
    holding = [c for c in clauses if pattern.search(c)]
    others = [c for c in clauses if not pattern.search(c)]
    if not holding or any(asides.request(c) or _MOVE.match(c) or _RULE.search(c) for c in holding):
        return False
    if any(asides._BACK.search(c) for c in others):
        return False
    return any((asides.request(c) or _MOVE.match(c)) and alone.search(c) for c in others)


# What must be ("the worker threads should be 8", "the consumer loop needs to poll 50"): a rule
# or a want, whose number may be the part's own.
_RULE = re.compile(
    r"\b(?:should|must|shall|ought\s+to|needs?\s+to|has\s+to|have\s+to|wants?|set\s+to)\b"
)


# The chat verbs of moving a count or a version that open a request too ("take worker to 3").
_MOVE = re.compile(
    r"^(?:please\s+|pls\s+|then\s+|so\s+|just\s+)*(?:take|bring|get|go|crank|spin|dial|knock|"
    r"ramp|nudge|pop|throw|give|add)\b"
)


def part_remark(source: str, said: str, words: str) -> bool:
    """Whether ``said`` + ``words`` ("worker threads", "orders consumer loop": a workload and a
    part of its own process) is said only in clauses that ask for nothing, while another clause
    asks for the change: "all 4 worker threads are pegged, run three worker replicas". Said in
    the request ("set worker threads to 8"), under a rule ("… should …") or beside a destructive
    word, the number or the act may be the part's: no."""
    lowered = source.lower().replace("\u2019", "'")
    if _DESTRUCTIVE.search(lowered):
        return False
    spoken = r"\s+".join(re.escape(w) for w in [*said.split(), *words.split()])
    pattern = rx(rf"(?<![\w\-]){spoken}(?![\w\-])")
    clauses = [c.strip() for c in _CLAUSES.split(lowered) if c and c.strip()]
    holding = [c for c in clauses if pattern.search(c)]
    others = [c for c in clauses if not pattern.search(c)]
    if not holding or not any(asides.request(c) or _MOVE.match(c) for c in others):
        return False
    return not any(asides.request(c) or _RULE.search(c) for c in holding)


def _remark(clause: str) -> bool:
    """A statement of what is the case, or a clause that only sets the scene ("before I run
    the migration on the orders tables", "lag on the orders topic is 1.2M")."""
    clause = rx(r"^(?:and|but|so|while|when|as)\s+").sub("", clause)
    return (
        asides.statement(clause)
        or bool(_RELAYED.match(clause))
        or bool(rx(r"^(?:before|after|once)\s+(?:i|we)\s").match(clause))
    )


# "about"/"around" hedge a value only when one follows: "about 5", "around a dozen", "about
# half", "around the same". "We learn about payment failures from customers", "nobody is
# around to scale by hand": a preposition or an adverb of place, no value hedged.
_PLACE_HEDGES = frozenset({"about", "around"})
_QUANTITY = frozenset(
    """half third quarter double triple twice few couple several dozen same much many as
    that this it equal""".split()
)


# Round 15 (helper values): "…, heap is at 240Mi and climbing, probably a leak", "maybe a bad
# node": a guess at a cause — a hedge, then "a"/"an" and a noun, ending its clause with no value
# in it — hedges no value.
_GUESSES = frozenset({"probably", "maybe", "perhaps"})
_GUESS = re.compile(r"\s+an?\s+(?P<what>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3})\s*(?:[,;.!?)]|$)")


def no_quantity_after(text: str, hedge: re.Match[str]) -> bool:
    """Whether ``hedge`` is "about"/"around" with no value in the three words after it, or a
    guess at a cause (see :data:`_GUESS`)."""
    if hedge.group(0) in _GUESSES and (guess := _GUESS.match(text, hedge.end())):
        return not any(
            word in NUMBER_WORDS or word in _QUANTITY or word in ("few", "more", "less")
            for word in guess["what"].split()
        )
    if hedge.group(0) not in _PLACE_HEDGES:
        return False
    after = rx(r"[\w.%]+").findall(text[hedge.end() :])[:3]
    return not any(
        rx(r"\d").match(word) or word in NUMBER_WORDS or word in _QUANTITY for word in after
    )


# "orders 1.1.0 batches properly (3x throughput in staging)", "1.4.1 was tested in qa.": a
# namespace where a result was seen, said in a remark (a bracket or a statement) with a word of
# evidence before it, is where the release was proven — never where the request acts.
_EVIDENCE = re.compile(
    r"\b(?:tested|verified|validated|seen|measured|observed|benchmarked|soaked|passed|passes|"
    r"works|worked|ran|running\s+fine|fine|green|throughput|latency|faster|slower|better)\b"
)


_PROVEN = re.compile(
    r"\b(?:was|were|been|is|are|got)\s+(?:\w+\s+)?(?:tested|verified|validated|seen|measured|"
    r"observed|benchmarked|soaked)\s*$"
)


def observed_in(text: str, named: re.Match[str]) -> bool:
    """Whether the namespace ``named`` ("in staging") is where a result was seen, in a remark."""
    if not named.group(0).startswith("in "):
        return False
    before = text[: named.start()]
    opened = before.rfind("(")
    if opened > before.rfind(")"):
        clause = before[opened + 1 :]
    else:
        start = max((m.end() for m in _CLAUSES.finditer(before)), default=0)
        clause = before[start:]
        # Outside a bracket, only a result said as such: "1.4.1 was tested in qa".
        if not _PROVEN.search(clause):
            return False
    return bool(_EVIDENCE.search(" ".join(clause.split()[-4:])))


# Round 12: a workload's name said as the name of the queue, topic or stream it produces to or
# consumes from ("scale worker on the orders queue length", "worker to zero and we watch the
# orders queue", "KEDA on orders queue depth"): that mention names the queue — what an
# autoscaler reads or a remark watches — never the workload. Read only where another workload
# is named plainly, and never beside a destructive word.
QUEUE_NOUNS = (
    r"(?:queues?|topics?|streams?|backlogs?|subscriptions?|exchanges?|partitions?|"
    r"consumer\s+lag|messages)"
)


def destructive(text: str) -> bool:
    """Whether ``text`` (lower-case) holds a destructive word."""
    return bool(_DESTRUCTIVE.search(text))
