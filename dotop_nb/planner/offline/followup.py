"""A question that leads to the request after it.

Rule (round 12): a sentence that asks how, or whether, the speaker can get something done ("how
do I get debug logs out of payments?", "is there a way to get alerted when postgres restarts?",
"is it ok if I change BATCH_SIZE in orders-config to 20?") is no request on its own; followed, in
a later sentence, by a request to the reader ("could you set LOG_LEVEL=debug for it", "if so could
you add one", "can you do that for me?") or by the speaker's wish for it ("I'd like to try it"),
the message is that request, and the question says what it is for. The question is then read as
the want it states ("I want to get debug logs out of payments."), so the request's "it" or "one"
has its referent, and an "if so" before the request is dropped (the question it hangs on is
answered by planning). Advice asked ("is it safe / a good idea / wise to …", "should I …") is
never read so: its answer may be no. A request after the question that only asks to be told
("could you show me?", "can you explain?") is no request to change anything.

Pure text; the length may change. Example::

    read("how do I get debug logs out of payments? could you set LOG_LEVEL=debug for it")
    # 'I want to get debug logs out of payments. could you set LOG_LEVEL=debug for it'
"""

from __future__ import annotations

import re

# "newbie question:", "quick q -", "sorry,": what announces the question, said before it.
_ANNOUNCED = (
    r"(?:(?:(?:newbie|noob|beginner|quick|dumb|silly|stupid|small|simple|basic)\s+)?"
    r"(?:question|q)\s*[:\-\u2014,]\s*)?"
    r"(?:(?:sorry|hi|hey|hello|ok|okay|so|um+|hmm+)\b[\s,!.:\-]*)*"
)
# How or whether the speaker can get it done: group "act" is what they want done.
_LEAD = re.compile(
    rf"^\s*{_ANNOUNCED}"
    r"(?:how\s+(?:do|can|could|would|should)\s+(?:i|we|one)\s+|"
    r"is\s+there\s+(?:a|any|some)\s+way\s+(?:(?:for\s+(?:me|us)\s+)?to|(?:i|we)\s+(?:can|could))\s+|"
    r"is\s+it\s+(?:ok|okay|alright|all\s+right|fine|possible)\s+(?:if\s+(?:i|we)\s+|"
    r"(?:for\s+(?:me|us)\s+)?to\s+))"
    r"(?P<act>[^?]+?)\s*\?+\s*$",
    re.I,
)
# A request to the reader, or the speaker's wish, in a later sentence.
_FOLLOW = re.compile(
    r"^\W*(?P<cond>(?:if\s+(?:so|yes|it\s+is|there\s+is(?:\s+one)?|that'?s\s+(?:possible|ok|okay)|"
    r"possible)|and|then|so)\W+)?(?:please\s+)?"
    r"(?:(?:could|can|would|will)\s+(?:you|someone|somebody|one\s+of\s+you)\s+(?:please\s+)?"
    r"(?!(?:show|explain|tell|teach|walk|point|describe|help|let\s+me|confirm|check|advise|"
    r"answer)\b)\w+|"
    r"(?:i|we)(?:'d|\s+would)\s+(?:like|love)\s+to\s+(?:try|do|have|get)\b|"
    r"please\s+(?:do|set|add|make)\b|do\s+(?:it|that|so)\s+(?:for\s+me\s+)?please\b)",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[?.!])\s+")
# "get alerted when …", "be paged if …": an alert wanted, said as the speaker's.
_ALERTED = re.compile(
    r"^(?:get|be)\s+(?:alerted|paged|notified|warned|pinged)\s+(?=(?:when|whenever|if)\b)", re.I
)


def read(text: str) -> str:
    """``text`` with a leading question read as the want it states when a request follows it
    (see the module's rule); otherwise ``text`` as it is."""
    sentences = _SENTENCE.split(text.strip())
    if len(sentences) < 2 or not (lead := _LEAD.match(sentences[0])):
        return text
    for i, later in enumerate(sentences[1:], start=1):
        if follow := _FOLLOW.match(later):
            act = _ALERTED.sub("have an alert ", lead.group("act").strip())
            rest = [*sentences[1:i], later[follow.end("cond") :] if follow.group("cond") else later]
            return " ".join([f"I want to {act}.", *rest, *sentences[i + 1 :]])
    return text
