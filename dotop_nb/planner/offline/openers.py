"""A greeting or a politeness word that opens a message says nothing of what it asks.

Rule (round 29, m33b): "hey, ", "hi team - ", "hello! ", "morning all, ", "team: ", "ok ",
"so ", "btw ", "oh and ", "sorry, ", "pls ", "kindly ", "quick one: ", "one thing: " before the
message are read as absent by the readers that tell an order from a non-order: "hey, argo will
bump frontend to 2.1.3" is the report "argo will bump frontend to 2.1.3", "pls cancel: restart
checkout" the withdrawal "cancel: restart checkout", "kindly I would scale orders to 3" the
advice "I would scale …", and "quick one: scale worker to 3" holds no count of one.
Those readers anchor at the start of the message, so an opener in front of the non-order
hid it and the order inside was planned.

Round 30 (a34a): an acknowledgement with its mark ("thanks, ", "thx! ", "cheers - ", "ty, ",
"np, ", "sure, ", "cool, ", "ah ok, ") opens the same way: "thanks, forget it: scale …" is the
withdrawal "forget it: scale …" ("cool down …", "sure thing …" have no mark: the message).

Not an opener: a name greeted ("hey bob, …": said to someone else, read by :mod:`.addressed`
before the opener is dropped), a word of the message itself ("so that …", "ok to restart …?",
"please note: …" keeps its note). Pure text.
"""

from __future__ import annotations

import re

# What "please may I …" asks for the speaker alone: to find something out or to be given it.
_NOT_MINE = (
    r"ask|know|check|see|get|have|look|view|find|confirm|verify|understand|learn|read|list|show|"
    r"be|go|suggest|say|add\s+that|just\s+check|please"
)
# One opener word (or two: "hi team", "morning all", "oh and"), then the marks after it.
# ("ok to restart …?", "so that …", "team's …": a word of the sentence, not an opener.)
_OPENER = re.compile(
    r"^[^\w@#\[(>`$\-]*(?:(?:(?:hi|hey|hello|yo|morning|good\s+morning|evening|afternoon)"
    r"(?:\s+(?:team|all|folks|everyone|guys|there|y'?all))?|ok(?:ay)?|btw|by\s+the\s+way|"
    r"oh(?:\s+and)?|so|(?:please|pls|plz|kindly)"
    # Round 32 (gap35c): "please may I roll worker back to …?", "Please can I restart …": the
    # polite formula whole, the order after it (never "please may I ask/see/have …": read on).
    rf"(?:,?\s+(?:may|can)\s+i(?=\s+(?!(?:{_NOT_MINE})\b)[a-z]))?)"
    r"(?![\w'\-])(?!\s+(?:to|that|then|far|much|many|long|what|is|are|was|were|if|about)\b)"
    # ("OK? restart frontend" asks leave; "OK next week - scale …" is a go-ahead for later: the
    # message itself, read by the readers of questions and of times — at the merge.)
    r"(?!\s*\?)(?!\s+(?:next|tomorrow|tonight|later|after|once|when|until|till|from|on|at|by|"
    r"this|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    r"\s*(?:[,:;!.]+|[-\u2013\u2014]+)?\s*|"
    # ("team: …", "all - …": only with its mark; "team goals: …", "all pods …" are the message.)
    # ("quick one: …", "one more thing - …": no count of replicas; only with its mark.)
    r"(?:team|folks|all|everyone|sorry|quick\s+one|one\s+(?:more\s+|last\s+|other\s+)?thing|"
    # Round 30 (a34a): an acknowledgement, only with its mark ("thanks, forget it: …", "thx! pls
    # cancel: …", "cheers - toss: …"; "cool down …", "sure thing", "great work" are no opener).
    r"thanks(?:\s+(?:a\s+lot|again|all|team))?|thank\s+you|thx|tx|ty|tyvm|tysm|cheers|cool|"
    r"sure|np|no\s+(?:problem|worries)|great|nice|perfect|awesome|got\s+it|roger(?:\s+that)?|"
    r"ah+(?:\s+ok(?:ay)?)?|alright|all\s+right|right|(?:much\s+)?appreciated?(?:\s+it)?)"
    # ("sure, restart payments in the middle of black friday": sarcasm, read by noorder.)
    r"(?![^\n]*\bin\s+the\s+middle\s+of\b)"
    r"\s*(?:[,:;!]+|[-\u2013\u2014]+)\s*)+",
    re.I,
)
_MAY_I = re.compile(r"\s(?:may|can)\s+i\s*$", re.I)
# The end of the first sentence, asked: "…?" before a space or the end.
_ASKED_END = re.compile(r"\s*\?+(?=\s|$)")
# A quick word, cheap to test before the pattern: the first letters of every opener.
_FIRST = frozenset("hymegtfaobspkqcnr")


def bare(text: str) -> str:
    """``text`` without its opening greeting or politeness words (``text`` when none)."""
    head = text.lstrip(" \t\"'*_~,.!:;")[:1].lower()
    if not head or head not in _FIRST:
        return text
    m = _OPENER.match(text)
    if m is None or m.end() == 0:
        return text
    rest = text[m.end() :]
    if len(rest.split()) < 2:
        return text  # "ok thanks", "hey team": nothing left to read
    if _MAY_I.search(m.group(0)):
        # "please may I roll worker back to 0.8.9?": the order the formula asks, its "?" a
        # full stop (as a request framed "could you …?" is, :mod:`.polite`).
        return _ASKED_END.sub(".", rest, count=1)
    if (
        _MODAL_ASKED.match(rest)
        and rest.rstrip().endswith("?")
        and _PLEASE.search(m.group(0)) is not None
    ):
        # Round 32 (gap35b): "Please could the exhibits API (my-api) pods be spread across
        # zones?": the "please" of a modal question makes it a request (:data:`.speech._FRAMED`),
        # kept where that reader looks for it, before the question mark.
        return rest.rstrip().rstrip("?").rstrip() + ", please?"
    return rest


_PLEASE = re.compile(r"\b(?:please|pls|plz|kindly)\b", re.I)
_MODAL_ASKED = re.compile(r"(?:could|would|can|will)\s", re.I)
