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
    r"\b(?:remove|removing|delete|deleting|drop|dropping|unset|strip|disable|disabling|"
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
_WHY = (
    (_LOOSE_VALUE, "a hardening field given its loosening value"),
    (_TAKEN_AWAY, "a hardening setting taken away"),
    (_REFUSED, "a hardening setting ruled out"),
    (_CAP_ADDED, "a Linux capability added (a capability, never an environment variable)"),
)


def said(words: str) -> str | None:
    """The question for ``words`` that loosen pod security, or None."""
    text = words.replace("\u2019", "'").lower()
    for pattern, why in _WHY:
        if m := pattern.search(text):
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
