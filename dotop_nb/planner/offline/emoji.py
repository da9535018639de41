"""Emoji said in chat, read as the tone they are: punctuation, never words of the request.

Rule (round 12): a chat emoji of mood or things — a shortcode (":scream:", ":muscle:",
":thinking_face:") or a pictograph — between two words ends the clause before it, as a full
stop would ("worker hasn't got any limits :scream: give it 128Mi requests" is two
sentences); at the end of the message, or before punctuation, it is dropped. A colon inside a
token ("redis:7", "14:00:00", "app:v1:") is never a shortcode: the emoji must stand alone, its
name starting with a letter. An emoji that says something (a thumb, a tick, a cross, a box to
tick, a warning, a laughing or winking face that makes the order a joke) is left as typed for
the rules that read it (:mod:`.roles`, :mod:`.speech`). Pure text; nothing else changes.

Rule (round 17, phone register): a face of exasperation or unease (🙄 😬 😅
🙈, ":roll_eyes:", ":grimacing:", ":sweat_smile:", ":see_no_evil:") is a comment on the
clause it closes. Closing the order ("scale worker to 0 😬", "restart orders 🙄") it
doubts or mocks the change, and the readings of :mod:`.roles` and :mod:`.doubts` hold the order
back. Closing a clause said AFTER the order that only tells the situation — why, who asked, what
broke ("…, auditor asked 🙄", "…, 1.4.0 floods the logs 🙄", "… for now its spamming the
queue 😬", "…. yes really 😅") — it is mood about that situation, read as the mood
emoji are (:func:`situational` drops it) — except beside a deletion, which cannot be undone
(:mod:`.doubts` then reads any unease as doubt). A situation clause names no change and
does not judge the change ("it'll be fine 😅", "what could go wrong 🙄", "that's safe right 😬"
stay comments on the order). The faces of a joke (😂 🤣 😜 😉 🙃 😏
🤪 🤡) and of doubt (🤔 🤷) withhold wherever they are said: a joke or a doubt
casts the whole message, whatever clause it closes.

>>> said("worker has no limits :scream: give it 128Mi requests")
'worker has no limits. give it 128Mi requests'
>>> said("payments could do with another two pods :muscle:")
'payments could do with another two pods'
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.rx import rx

# Emoji that say something — yes, no, done, rejected, a box to tick ("\u2610 drop orders" is a
# to-do note, "\u274c delete worker" a rejected one): never read as tone, left as typed.
_SAYS = (
    r"(?!:(?:\+1|-1|thumbsup|thumbsdown|x|white_check_mark|heavy_check_mark|ballot_box_with_check|"
    r"no_good|no_entry|no_entry_sign|negative_squared_cross_mark|heavy_multiplication_x|warning|"
    r"octagonal_sign|stop_sign|question|grey_question|exclamation|bangbang|hourglass|"
    # A joke or sarcasm marker (roles.py reads "restart orders \U0001f602" as no order).
    r"joy|rofl|laughing|upside_down_face|stuck_out_tongue\w*|smirk|roll_eyes|"
    r"face_with_rolling_eyes|wink|zany_face|clown_face):)"
)
# ":scream:", ":thinking_face:" standing alone.
_SHORTCODE = rf"(?<![\w:/.@\-]){_SAYS}:[a-z][a-z0-9_+\-]*:(?![\w/.:@])"
# Pictographs of mood and things (not thumbs, ticks, crosses or boxes), with the joiners,
# skin tones and variation selectors that build them.
_PICTO = (
    r"(?:(?![\U0001f44d\U0001f44e\U0001f645\U0001f6ab\U0001f6d1\U0001f602\U0001f643\U0001f923"
    r"\U0001f61c\U0001f60f\U0001f644\U0001f609\U0001f92a\U0001f61d\U0001f61b\U0001f921])"
    r"[\U0001f300-\U0001f5ff\U0001f600-\U0001f64f\U0001f680-\U0001f6ff\U0001f900-\U0001faff])[\U0001f3fb-\U0001f3ff\ufe0f\u200d]*"
)
_EMOJI = re.compile(rf"\s*(?:(?:{_SHORTCODE}|{_PICTO})\s*)+")


# Faces of exasperation or unease, which may comment on the situation rather than the order.
_UNEASE = re.compile(
    r"\s*(?:[\U0001f644\U0001f62c\U0001f605\U0001f648][\U0001f3fb-\U0001f3ff\ufe0f\u200d]*|"
    r"(?<![\w:/.@\-]):(?:roll_eyes|face_with_rolling_eyes|grimacing|sweat_smile|see_no_evil):"
    r"(?![\w/.:@]))"
)
# Where the clause an emoji closes begins: a stop, a comma, a dash, another emoji, or a clause
# run on without its comma — a reason ("because", "bc", "since") or a subject that tells how
# things are ("its spamming the queue", "we're on elasticache now", "they asked").
_CLAUSE_START = re.compile(
    r"(?:[,;!?\n()]|[.:](?=\s|$)|\s[-\u2013\u2014]+\s|\u2014|\u2013|"
    rf"{_PICTO}|(?<![\w:/.@\-]):[a-z][a-z0-9_+\-]*:(?![\w/.:@]))\s*|"
    r"\s(?=(?:because|bc|cuz|coz|since|its|it'?s|it\s+(?:is|was|has|keeps)|they'?re|they|"
    r"we'?re|we\s+(?:are|have|had|got)|there'?s|i'?m|i\s+(?:am|have))\b)",
    re.I,
)
# What keeps a clause about the change itself: a word of change, or the change judged, hoped
# for or joked about ("it'll be fine", "what could go wrong", "that's safe right", "yolo").
_ABOUT_CHANGE = re.compile(
    r"\b(?:scal\w*|delet\w*|remov\w*|restart\w*|updat\w*|upgrad\w*|downgrad\w*|deploy\w*|"
    r"roll\w*|revert\w*|undo\w*|bump\w*|chang\w*|set|add\w*|drop\w*|kill\w*|nuk\w*|"
    r"wip\w*|purg\w*|destroy\w*|bounc\w*|patch\w*|this|that|these|those|safe|fine|ok|okay|"
    r"work|works|help|helps|fix|fixes|break|breaks|hurt|hurts|wrong|well|hope\w*|fingers|luck|"
    r"pray\w*|trust|yolo|famous|surely|sure|totally|obviously|definitely|right(?!\s+(?:now|away))|lol|lmao|jk|"
    r"kidding|joking|joke|idea|brave|sorry|oops|maybe|probably|perhaps|guess|think|idk|dunno|"
    r"unsure|risky|yikes|what\s+if)\b|\?",
    re.I,
)


# Round 17 (a18): marks that withhold the order wherever they are said — a stop (🛑 ✋ 🚫 ⛔),
# a "no" gesture (🙅), a warning (⚠️), a question or a surprise (❓ ❔ ⁉️), or sarcasm said in
# words ("(sarcasm)", "/s"): the message is a comment on the change, never its order
# (:mod:`.doubts` reads them on every plan, through :func:`withheld`).
WITHHOLDS = re.compile(
    r"[\U0001f6d1\u270b\U0001f91a\U0001f645\U0001f6ab\u26d4\u26a0\u2753\u2754\u2049\u203d]|"
    r"(?<![\w:/.@\-]):(?:octagonal_sign|stop_sign|hand|raised_hand|raised_back_of_hand|"
    r"no_good|no_entry|no_entry_sign|warning|question|grey_question|interrobang):"
    r"(?![\w/.:@])|"
    r"[(\[]\s*(?:sarcasm|sarcastic|not\s+serious|irony|ironic)\s*[)\]]|"
    # ("/s" closing a sentence, never a path: "mount it at /s", "under /s".)
    r"(?<=[\w!?.)]\s)(?<!\b(?:at|to|in|on|of)\s)/(?:s|j|jk|hj)(?=\W*$)|"
    # (attack 19: an eye or a devil's grin at either end of the order: watching, or mischief.)
    r"^\W*[\U0001f440\U0001f608]|[\U0001f440\U0001f608]\W*$",
    re.I,
)
# A skull or a facepalm (💀 ☠️ 🤦): scorn at what it closes. Closing the message's order
# ("scale payments to 0 💀") it mocks the change; closing the situation said before an order
# ("checkout 1.1.0 has gone pear-shaped :face_palm: back to the old one please") or after it
# ("restart worker, it's OOMing again 🤦") it is mood about the situation.
_SCORN = re.compile(
    r"(?:[\U0001f480\u2620\U0001f926][\U0001f3fb-\U0001f3ff\ufe0f\u200d\u2640\u2642]*|"
    r"(?<![\w:/.@\-]):(?:skull|skull_and_crossbones|facepalm|face_palm|man_facepalming|"
    r"woman_facepalming|person_facepalming):(?![\w/.:@]))(?=\W*$)",
    re.I,
)


def withheld(text: str) -> re.Match[str] | None:
    """The mark in ``text`` that withholds its order (:data:`WITHHOLDS`, or a skull or a
    facepalm closing the order's own clause), else None."""
    if m := WITHHOLDS.search(text):
        return m
    if (m := _SCORN.search(text)) and not _aimed_at_situation(text, m.start()):
        return m
    return None


def _aimed_at_situation(text: str, start: int) -> bool:
    """Whether the clause that ends at ``start`` in ``text`` tells only the situation, after
    an order said before it (see the module docstring)."""
    before = text[:start].rstrip()
    cuts = list(_CLAUSE_START.finditer(before))
    if not cuts:
        return False  # the message's first clause: the order itself
    clause = before[cuts[-1].end() :]
    head = before[: cuts[-1].start()]
    return bool(clause.strip() and head.strip()) and not _ABOUT_CHANGE.search(clause)


def situational(text: str) -> str:
    """``text`` without the faces of exasperation or unease that close a clause telling the
    situation after the order (see the module docstring): what is left reads as typed."""
    if not _UNEASE.search(text):
        return text
    return _UNEASE.sub(lambda m: "" if _aimed_at_situation(text, m.start()) else m.group(0), text)


def said(text: str) -> str:
    """``text`` with each emoji read as punctuation (see the module docstring)."""
    text = situational(text)
    if ":" not in text and not rx(_PICTO).search(text):
        return text

    def mark(m: re.Match[str]) -> str:
        before, after = text[: m.start()], text[m.end() :]
        if not after.strip() or rx(r"\s*[,.;!?)]").match(after):
            return ""
        if not before.strip() or rx(r"[,.;:!?(]\s*$").search(before):
            return " " if before.strip() else ""
        return ". "

    return _EMOJI.sub(mark, text)
