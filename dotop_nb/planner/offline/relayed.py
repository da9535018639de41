"""A request relayed on someone else's authority that is still the speaker's order.

An engineer carrying out a client's change requests names whose authority the change rests on:
"Per the client's CAB approval, reduce frontend to two replicas", "Create a PDB for checkout,
as per the client's HA standard", "Recommendation accepted by the client: set the cpu request
…", "Client change: …", "At the client's request, restart orders", "The client has requested
frontend be reverted to 2.0.3", "The client asks for weekly dumps of postgres". The authority
is the reason the speaker gives the order, never a second request, a value or a name: read as
the order alone. The rule, one table per place the authority stands:

- **before a comma** at the message's start ("Per the client's CAB approval,", "As per ticket
  ACME-790,", "At the client's request,", "As agreed with the client,"): dropped ("Following
  the client's sign-off," or "On the client's go-ahead," say when, and are left to
  :mod:`.waits`);
- **after the order** at its end (", as per the client's HA standard", ", per the change
  board", ", as requested by the client", ", at the client's request"): dropped;
- **as a label** before a colon ("Recommendation accepted by the client:", "Approved by the
  CAB:", "Client change:", "Client-approved:", "Customer request:"): dropped;
- **as the client's request** of a change ("The client (has) requested / requests / is
  requesting / asks for / has asked for / would like …"): the change requested is the order. A
  change said in the passive ("frontend be reverted to 2.0.3", "that worker be scaled to 3") is
  said as its order ("revert frontend to 2.0.3"); a thing asked for ("weekly dumps of
  postgres") is the order as said.

An authority that carries a status withholding the change (the table
:data:`.noorder.WITHHELD`: "Recommendation not accepted by the client:", "Per the client's CAB
rejection,", "Rejected by the CAB:", "Approved by the client, then withdrawn:") is no authority
for it: kept as said, for :mod:`.noorder` to ask about. Only an accepted, approved or requested
change is relayed.

What the client is said to ASK ("the client asked whether we could …", "the client asks if …")
or SAY ("the client says frontend is slow") is not relayed: a question or a report, kept as said
for :mod:`.moods` and :mod:`.speech` to ask about. A party's WANT ("the customer wants …", "our
CEO wants …") stays reported speech (:mod:`.hearsay`). A change another team or person ASKED FOR
or REQUESTED of the team ("Ops asked for one more replica of orders", "The DBA has asked us for
a 1 CPU request on postgres", "Support requested a restart of payments") is relayed as the
client's is (round 33, blind36: the speaker who types it here carries it out); never the
speaker's own ("I asked for …"), a question ("who asked for …?") or "nobody asked for …". Pure
text; anything else is returned as said.

>>> read("Per the client's CAB approval, scale frontend to 2")
'scale frontend to 2'
>>> read("The client has requested frontend be reverted to 2.0.3")
'revert frontend to 2.0.3'
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import noorder
from dotop_nb.planner.offline.rx import rx

# Who gives the authority: the client (its CAB, auditors, platform team), a change board, a
# ticket or change request by its id.
_PARTY = (
    r"(?:the\s+|our\s+)?(?:client|customer|cab|change\s+(?:advisory\s+)?board|change\s+"
    r"management|account\s+team|service\s+owner)"
)
_ID = r"[A-Z][A-Z0-9]{1,9}-\d+"
# "the client's CAB approval", "the client's HA standard", "ticket ACME-790", "CR-1042", "the
# client": the party, its document or decision (at most five words), or a ticket by its id.
_SOURCE = (
    rf"(?:{_PARTY}(?:'s|s')?(?:\s+[\w\-/]+){{0,5}}?|(?:the\s+)?(?:ticket|change\s+request|"
    rf"cr|change|request|jira)\s+#?{_ID}|{_ID})"
)
# "Per the client's CAB approval, …", "At the client's request, …": before a comma.
# ("Following the client's sign-off, …", "On the client's go-ahead, …" say WHEN: left for
# :mod:`.waits`, never dropped.)
_LEAD = re.compile(
    rf"^\s*(?:(?:(?:as\s+)?per|in\s+line\s+with|according\s+to|as\s+(?:requested|agreed|"
    rf"approved|instructed|signed\s+off)\s+(?:by|with))\s+(?:{_SOURCE})|(?:at|on|by)\s+"
    rf"{_PARTY}(?:'s|s')\s+(?:request|instruction|behest|direction))\s*,\s+(?=\S)",
    re.I,
)
# ", as per the client's HA standard", ", as requested by the client": after the order.
_TAIL = re.compile(
    rf"\s*[,;]?\s+(?:(?:(?:as\s+)?per|in\s+line\s+with|as\s+(?:requested|agreed|approved|"
    rf"instructed|signed\s+off)\s+(?:by|with))\s+(?:{_SOURCE})|at\s+{_PARTY}(?:'s|s')\s+"
    rf"(?:request|instruction|behest|direction))\s*\.?\s*$",
    re.I,
)
# "Recommendation accepted by the client:", "Approved by the CAB:", "Client change:",
# "Client-approved:", "Customer request:": a label of the order.
_LABEL = re.compile(
    rf"^\s*(?:(?:[\w\-]+\s+){{0,2}}?(?:accepted|approved|requested|signed\s+off|agreed|"
    rf"mandated|required)\s+by\s+{_PARTY}|(?:client|customer)(?:'s|-)?\s*(?:approved|"
    r"change|request|decision|ask|requirement|instruction)s?)\s*:\s+(?=\S)",
    re.I,
)
# "The client has requested …", "The client asks for …": the client's request of a change.
_ASKS = re.compile(
    r"^\s*(?:the\s+|our\s+)?client(?:'s\s+[\w\-]+(?:\s+team)?)?\s+(?:has\s+|have\s+)?"
    r"(?:requested|requests|is\s+requesting|asks?\s+for|has\s+asked\s+for|asked\s+for|"
    r"would\s+like)\s+(?:that\s+)?(?P<rest>\S.*)$",
    re.I | re.S,
)
# Round 33 (blind36): a request someone else made of the team, relayed by the speaker who types
# it here ("Ops asked for one more replica of orders", "The DBA has asked us for a 1 CPU
# request on postgres", "Support requested a restart of payments"): asked for or requested, a
# change the speaker carries out, as "the mobile team asked to revert my-api" already was. Never
# the speaker's own past request ("I asked for …"), a question ("who asked for …?") or a wish
# ("the CEO wants …": :mod:`.hearsay`).
_OTHER_ASKS = re.compile(
    r"^\s*(?!(?:i|we|you|he|she|they|someone|somebody|nobody|no|who|what|which|why|it|this|that|"
    r"these|those|nothing|never)\b)(?:the\s+|our\s+|my\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?"
    r"\s+(?:has\s+|have\s+)?(?:asked(?:\s+us)?\s+for|requested)\s+(?P<rest>(?:a|an|the|one|two|"
    r"three|four|\d+)\b.*)$",
    re.I | re.S,
)
# "frontend be reverted to 2.0.3", "that worker be scaled to 3": a change said in the passive.
_PASSIVE = re.compile(
    r"^(?P<what>(?:the\s+)?[\w\-/]+(?:\s+(?:deployment|service|statefulset|daemonset))?)\s+"
    r"(?:(?:be|is|gets?)\s+)?(?P<done>[a-z]+(?:\s+back)?)\b(?P<rest>.*)$",
    re.I | re.S,
)
# The participle said and the verb of its order.
_ORDERS = {
    "reverted": "revert",
    "rolled back": "roll back",
    "scaled": "scale",
    "restarted": "restart",
    "updated": "update",
    "upgraded": "upgrade",
    "downgraded": "downgrade",
    "bumped": "bump",
    "redeployed": "redeploy",
    "set": "set",
    "moved": "move",
    "pinned": "pin",
    "resized": "resize",
}


def _passive(rest: str) -> str | None:
    """The order a change said in the passive gives ("frontend be reverted to 2.0.3" →
    "revert frontend to 2.0.3"), or None."""
    m = _PASSIVE.match(rest)
    if m is None:
        return None
    verb = _ORDERS.get(rx(r"\s+").sub(" ", m.group("done").lower()))
    if verb is None:
        return None
    return f"{verb} {m.group('what')}{m.group('rest')}"


# What comes of a request after it was made: taken back, declined, refused, no longer needed
# (attack38: "Ops asked for one more replica of orders but then withdrew it", "…, which I
# declined", "…; they no longer need it").
_UNDONE = re.compile(
    r"\b(?:withdr[ae]w\w*|declin\w*|refus\w*|reject\w*|retract\w*|cancel\w*|revok\w*|"
    r"dropped|vetoed|turned\s+(?:it\s+)?down|said\s+no|never\s+mind|nvm|scratch\s+that|"
    r"no\s+longer\s+(?:need|want|require)\w*|(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+need\s+it|"
    r"not\s+needed)\b",
    re.I,
)


def _asked_for(text: str) -> str:
    """The change the client is said to request, as its order; else ``text`` as said."""
    m = _ASKS.match(text)
    if m is None and (m := _OTHER_ASKS.match(text)) is not None and _UNDONE.search(text):
        return text  # someone else's request, taken back or declined: reported speech
    if m is None:
        return text
    rest = m.group("rest")
    return _passive(rest) or rest


# A status that withholds the change, or its noun, in the authority's words (the one table of
# :mod:`.noorder`): "not accepted", "rejected", "then withdrawn", "CAB rejection", "pending".
_WITHHELD = re.compile(
    rf"\b(?:{noorder.WITHHELD}|{noorder.WITHHELD_NOUN}|not|never|n't)\b",
    re.I,
)


def _drop(pattern: re.Pattern[str], text: str) -> str:
    """``text`` without the authority ``pattern`` finds, unless that authority carries a status
    that withholds the change (then as said)."""
    m = pattern.search(text)
    if m is None or _WITHHELD.search(m.group(0)):
        return text
    return text[: m.start()] + text[m.end() :]


def read(text: str) -> str:
    """``text`` without the authority it is relayed on (see the module docstring)."""
    if not text or not text.strip():
        return text
    read = text
    for _ in range(2):
        before = read
        read = _drop(_LEAD, read)
        read = _drop(_LABEL, read)
        read = _asked_for(read)
        if read == before:
            break
    tail = _TAIL.search(read)
    if tail is not None and tail.start() > 0 and not _WITHHELD.search(tail.group(0)):
        read = read[: tail.start()].rstrip() + ("." if read.rstrip().endswith(".") else "")
    return read if read.strip() else text
