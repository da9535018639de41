"""A pod-security value said is never inverted: words that loosen a hardening field, take it
away or refuse it are asked about, whatever rule read the rest (pure text, the last word).

Rule: when the words as sent give a hardening field its loosening value ("readOnlyRootFilesystem
false", "runAsNonRoot: false", "privileged: true"), remove or stop a hardening ("remove
readOnlyRootFilesystem from frontend", "stop making … read-only", "drop the seccomp profile"),
negate or rule it out ("don't make frontend's root filesystem read-only", "we can't make it
read-only, it writes to /tmp"), change it to its loosening value ("runAsNonRoot true →
false", "frontend: no readOnlyRootFilesystem"), or add a Linux capability ("add NET_ADMIN
capability to payments" — a capability is never an environment variable), a plan with
operations becomes a question naming what was said. The planner only tightens pod security;
dropping a capability, "disallow privilege escalation" or "don't run as root" are restrictions
and still plan.

Example::

    check("frontend: readOnlyRootFilesystem false", plan)
    # PlanResult(question="I read 'readonlyrootfilesystem false': …")
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline.podsecurity import _CAPABILITY_NAMES
from dotop_nb.ports import PlanResult

# Fields whose "on" value hardens a pod, by their names or in words.
_HARD = (
    r"read[-_ ]?only[-_ ]?root[-_ ]?(?:file[-_ ]?system|fs)|run[-_ ]?as[-_ ]?non[-_ ]?root|"
    r"non[-_ ]?root|seccomp(?:[-_ ]?profile)?|security[-_ ]?context"
)
# A clause goes on until a separator or a word that starts another change.
_SAME = r"(?:(?!\b(?:and|then|but|plus|also|while)\b)[^,;.\n])"
_LOOSE_VALUE = re.compile(
    rf"\b(?:{_HARD})\b\s*(?:[:=]\s*|\s+(?:to|is|as|should\s+be|must\s+be)\s+|\s+)?[\"']?"
    r"(?:false|off|disabled)\b(?!\s*(?:->|\u2192|=>|\bto\b))|"
    rf"\b(?:{_HARD})\b\s*[:=]\s*[\"']?no\b|"
    r"(?<![\w-])(?:privileged|allow[-_ ]?privilege[-_ ]?escalation|"
    r"automount[-_ ]?service[-_ ]?account[-_ ]?token)\s*(?:[:=]\s*|\s+(?:to\s+)?)[\"']?"
    r"(?:true|on|yes)\b|"
    # "runAsNonRoot true → false", a change row's arrow to the loosening value.
    rf"\b(?:{_HARD})\b[^,;|\n]{{0,20}}?(?:->|\u2192|=>|\bto\b)\s*[\"']?(?:false|off|no|disabled)\b|"
    r"(?<![\w-])(?:privileged|allow[-_ ]?privilege[-_ ]?escalation|"
    r"automount[-_ ]?service[-_ ]?account[-_ ]?token)\b[^,;|\n]{0,20}?(?:->|\u2192|=>|\bto\b)"
    r"\s*[\"']?(?:true|on|yes)\b|"
    # "frontend: no readOnlyRootFilesystem": the field said away as the whole value.
    rf"(?:^|[:|\n])\s*(?:no|without)\s+(?:{_HARD})\s*(?:$|[,;.|\n])"
)
_TAKEN_AWAY = re.compile(
    # ("rm payments seccomp profile": the shell's word for remove, round 26.)
    r"\b(?:remove|removing|rm|delete|deleting|drop|dropping|unset|strip|disable|disabling|"
    r"turn(?:ing)?\s+off|switch(?:ing)?\s+off|get\s+rid\s+of|stop|stopping|undo|revert|relax|"
    r"loosen|lift|no\s+longer|take\s+(?:off|away))\b"
    rf"{_SAME}{{0,60}}?(?:\b(?:{_HARD})\b|\bread[- ]?only\b)"
)
_REFUSED = re.compile(
    r"\b(?:don'?t|do\s+not|never|can'?t|cannot|can\s+not|won'?t|shouldn'?t|mustn'?t|"
    r"must\s+not|should\s+not|unable\s+to|impossible\s+to|no\s+need\s+to|not\s+going\s+to|"
    r"not\s+possible\s+to|(?:is|are)\s+not\s+able\s+to)\s+(?:\w+\s+)?"
    r"(?:make|makes|set|turn|enable|enforce|switch|mount|apply|run|force|be|go)\b"
    rf"{_SAME}{{0,60}}?(?:\b(?:{_HARD})\b|\bread[- ]?only\b)"
)
_CAP_ADDED = re.compile(
    r"\b(?:add|adding|adds|added|grant|granting|give|giving|enable|enabling)\b"
    rf"(?:(?!\b(?:drop|dropping|remove|strip)\b){_SAME}){{0,40}}?"
    rf"\b(?:{_CAPABILITY_NAMES}|capabilit(?:y|ies)|caps)\b(?!\s*[=:])|"
    r"\b(?:cap_?add|capabilities\s*[.:]?\s*add)\b"
)
# Round 24 (qtimes): a loosening said in words beside a hardening — "harden payments, allow
# privilege escalation", "… but it needs NET_BIND_SERVICE", "it has to run as root": the
# exception said would be inverted by a full hardening (never "don't allow privilege
# escalation", "disallow …", "no privilege escalation").
_EXCEPTION = re.compile(
    r"(?<!n't\s)(?<!not\s)(?<!never\s)(?<!\bno\s)(?<!dis)"
    r"\b(?P<order>allow|permit|enable|keep|leave|let)\s+"
    r"(?:(?:it|them|the\s+pods?|pods?)\s+(?:to\s+)?)?(?:use\s+|have\s+|do\s+)?"
    r"(?:the\s+)?(?:privilege[-_ ]?escalation|privileged(?:\s+mode)?|(?:running\s+|to\s+run\s+|"
    r"run\s+)?as\s+root|root\b(?!\s*(?:fs|file)))|"
    r"(?<!n't\s)(?<!not\s)(?<!never\s)"
    r"\b(?:needs?|requires?|must\s+have|has\s+to\s+have|relies\s+on|uses)\s+(?:the\s+)?"
    rf"(?:(?:{_CAPABILITY_NAMES})\b|privilege[-_ ]?escalation\b|privileged\b|"
    r"(?:to\s+)?run\s+as\s+root\b|"
    r"root\b(?!\s*(?:fs|file)))|"
    r"\b(?:needs?|has|have)\s+to\s+run\s+as\s+root\b"
)
_WHY = (
    (_LOOSE_VALUE, "a hardening field given its loosening value"),
    (_EXCEPTION, "an exception to the hardening (a plan would drop or invert it)"),
    (_TAKEN_AWAY, "a hardening setting taken away"),
    (_REFUSED, "a hardening setting ruled out"),
    (_CAP_ADDED, "a Linux capability added (a capability, never an environment variable)"),
)


# The clause before an exception: an order opens its clause ("…, allow privilege escalation"),
# a need is said of a subject no negation denies ("nothing in there needs root" is no need).
_CLAUSE_START = re.compile(r"[,;:.(\n]|\b(?:but|and|then|though|although)\b")
_LEAD = re.compile(r"^\s*(?:(?:also|just|please|so|still|do)\s+)*$")
_DENIED = re.compile(r"\b(?:nothing|no|none|nobody|never|not)\b|n't\b")


def _exception(text: str) -> re.Match[str] | None:
    """The exception to a hardening said in ``text`` (see :data:`_EXCEPTION`), or None."""
    for m in _EXCEPTION.finditer(text):
        before = _CLAUSE_START.split(text[: m.start()])[-1]
        if m.group("order") and not _LEAD.match(before):
            continue  # "payments allows privilege escalation": a finding, not an exception
        if _DENIED.search(before):
            continue
        return m
    return None


def said(words: str) -> str | None:
    """The question for ``words`` that loosen pod security, or None."""
    text = words.replace("\u2019", "'").lower()
    for pattern, why in _WHY:
        m = _exception(text) if pattern is _EXCEPTION else pattern.search(text)
        if m:
            return (
                f"I read {m.group(0).strip(' :|,;.')!r}: {why}. The planner only tightens pod "
                "security and never inverts a value said, so nothing is planned. Make that change "
                "by hand, or say the restriction to set (e.g. 'readOnlyRootFilesystem true on "
                "frontend', 'drop NET_RAW from payments')."
            )
    return None


def check(words: str, result: PlanResult) -> PlanResult:
    """``result``, or a question in its place when ``words`` loosen pod security."""
    if not result.operations or (question := said(words)) is None:
        return result
    return result.held_back(question)
