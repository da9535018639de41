"""A request said tentatively, or after a question that leads to it, is still the request.

Rule (hedged tasks): a sentence that says the speaker's own task, or what a workload needs,
with a hedge and a question mark ("I think I'm meant to deploy checkout 1.2.0 today?", "I think
postgres needs a restart?", "I'm supposed to bump worker to 0.9.2?") is the new hire's request
said tentatively, not a yes/no question: the plan is made and shown for approval like any
other. A bare order with a question mark ("scale payments to 4?") is still asked
(:func:`.speech.asked_order`).

Rule (answered questions): advice asked about a change and then the change ordered should the
answer be yes ("is it safe to restart payments after the standup? if yes please do") is the
order; a how-to question before the change itself ("how do I undo a rollout? checkout needs
undoing") is dropped (:func:`answered`).

>>> bool(HEDGED_TASK.match("i think i'm meant to deploy checkout 1.2.0 today?"))
True
>>> bool(HEDGED_TASK.match("should i restart payments?"))
False
"""

from __future__ import annotations

import re

_HEDGE = r"(?:i\s+think|i\s+believe|i\s+guess|i'?m\s+(?:pretty\s+)?sure|pretty\s+sure|apparently)"
HEDGED_TASK = re.compile(
    rf"^\W*(?:(?:hi|hey|hello|so|um+|uh+|ok(?:ay)?)\b\W*)*(?:{_HEDGE}\s+(?:that\s+)?)?"
    r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:meant|supposed|expected|asked|told)\s+to\s+[a-z]|"
    rf"^\W*(?:(?:hi|hey|hello|so|um+|uh+|ok(?:ay)?)\b\W*)*{_HEDGE}\s+(?:that\s+)?"
    r"(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:needs?|should\s+(?:get|have))\s+"
    r"(?:an?\s+|to\s+(?:be\s+)?)?[a-z0-9]",
    re.I,
)


# "is it safe to restart payments after the standup? if yes please do": advice asked about a
# change, then the change ordered should the answer be yes — the person who approves the plan
# gives that answer.
_ASKED_THEN_YES = re.compile(
    r"^\W*(?:(?:hi|hey|hello|so|um+|uh+)\b\W*)*(?:is\s+it|would\s+it\s+be)\s+"
    r"(?:safe|ok|okay|fine|alright|a\s+good\s+idea|wise)\s+(?:for\s+(?:me|us)\s+)?to\s+"
    r"(?P<order>[a-z][^?]*?)\s*\?+\s*(?:and\s+)?if\s+(?:yes|so)\W*\s*(?:(?:please|pls|kindly)\s+)?"
    r"(?:do\s+(?:it|so|that)|do|go\s+(?:ahead|for\s+it))\b(?:\s+(?:please|pls|thanks))?\s*"
    r"(?P<rest>(?:[,;.!]\s*[^?]*)?)$",
    re.I,
)
# "how do I undo a rollout? checkout needs undoing": a how-to asked, then the change itself.
_HOW_TO_FIRST = re.compile(
    r"^\W*(?:(?:hi|hey|hello|so|um+|uh+)\b\W*)*how\s+(?:do|can|should|would)\s+(?:i|we|you|one)\s+"
    r"[^?]*\?\s+(?P<rest>[^?]*[a-z][^?]*)$",
    re.I,
)


def answered(text: str) -> str:
    """``text`` with a question asked before the change said as the change: the order of "is it
    safe to X? if yes please do, …" ("X, …"), or what follows a how-to question ("how do I undo
    a rollout? checkout needs undoing" → "checkout needs undoing"). Anything else as said; the
    rest of the message still decides whether it is a request at all."""
    if m := _ASKED_THEN_YES.match(text.strip()):
        return f"{m.group('order').strip()}{m.group('rest').rstrip()}"
    if m := _HOW_TO_FIRST.match(text.strip()):
        return m.group("rest").strip()
    return text
