"""What the words make conditional, cancelled or not-yet: a last word on a finished plan.

Rule: a plan with operations stands only if nothing in the words as sent holds the change back.
A time said in words the planner does not await ("at half past two", "COB", "this arvo", "in
five", "at peak"), a condition nobody can check ("pending CAB", "so long as traffic is low",
"when in doubt"), a cancel verb governing the change ("call off the payments restart", "quit
restarting payments"), a permission or property ("worker may be deleted", "payments is safe to
restart"), a judgement on the change ("… is risky", "… = waste"), a heads-up ("FYI: …"), a
contradiction ("scale payments to 0 but keep it up"), a hedge ("ideally …") or a truncated
message ("delete worker-") turns the plan into a question naming what was said. A time the plan
already awaits is not asked about again; an answer (refinements) is not re-checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from dotop_nb.models import SetImageOp
from dotop_nb.planner.offline import signals, timewords
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

_NUM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)"
# Times said in words: held only when the plan awaits nothing.
_TIME = re.compile(
    r"\bat\s+(?:half|quarter)\s+(?:past|to)\b|\bat\s+(?:\d{1,2}|five|ten|twenty|"
    r"fifteen|ten)\s+(?:past|to)\b|^[^,;:]*\bat\s+" + _NUM + r"\s*[.!]?$|"
    # (Round 19: "the EOD worker", "EOD batch jobs": the day's end naming a workload or its
    # work, before such a noun, is no time; timewords.TIME_AS_NAME blanks the longer list.)
    r"\b(?:cob|eod|eow|eom)\b"
    r"(?!\s+(?:batch|jobs?|runs?|workers?|reports?|recon\w*|process\w*|pipelines?|exports?|"
    r"settlement)\b)|"
    r"\b(?:close\s+of\s+business|end\s+of\s+(?:the\s+)?(?:day|week|month))\b|"
    r"\bthis\s+arvo\b|\bin\s+the\s+(?:am|pm)\b|"
    # (Round 28: "not pile up in one", "all in one": the one place the pods share, no time.)
    r"(?<!\bup\s)(?<!\ball\s)\bin\s+(?:~|about\s+|around\s+)?(?:\d+\s*(?:m|min|mins|h|hrs?)|"
    + _NUM
    + r")\s*[.!]?$|"
    r"\bafter\s+peak\b|"
    r"(?:needs?|wants?)\s+\d+\s+(?:pods|replicas)\s+at\s+peak|\bat\s+peak\b[^.]*\bneeds?\s+\d+",
    re.I,
)
# Conditions and holds nobody can check for the user.
_HOLD = re.compile(
    r"\bpending\s+(?:cab|approval|sign-?off|review|change\s+request|cr)\b|"
    r"\bawaiting\s+(?:cab|approval|sign-?off|review)\b|"
    r"\bneeds?\s+(?:a\s+|an\s+)?(?:cr|change\s+request|approval|sign-?off|cab)(?:\s+first)?\b|"
    r"\b(?:so|as)\s+long\s+as\b|\bprovided\s+(?:that\s+)?\w|\bwhere\s+needed\b|"
    r"\bwhen\s+in\s+doubt\b|\bin\s+that\s+case\b|\bwe'?d\s+(?:restart|scale|delete|roll)",
    re.I,
)
# A cancel verb governing the change itself: the change is the thing NOT to do.
_CHANGE = (
    r"(?:\w+ing|scale|restart|rollout|roll-?out|update|upgrade|request|change|bump|resize|deploy)"
)
_CANCEL = re.compile(
    r"\b(?:cancel|abort|call\s+off|belay|forget(?:\s+about)?|disregard|quit|pause|hold\s+off\s+on|"
    r"refrain\s+from|reverse)\b(?:\s+[\w\-/.']+){0,4}?\s+" + _CHANGE + r"\b|"
    r"\bdon\s+(?:scale|restart|delete|roll|update|set)\b|"
    r"\b(?:appreciate|prefer)\s+it\s+if\s+you\s+(?:didn'?t|did\s+not|don'?t)\b",
    re.I,
)
_PERMIT = re.compile(
    r"^\s*(?:the\s+)?[\w-]+(?:\s+(?:deployment|deploy|statefulset|sts))?\s+may\s+be\s+(?:deleted|removed|restarted|rolled\s+back|scaled)\b|"
    r"\b(?:is|are)\s+(?:safe|fine|ok|okay)\s+to\s+(?:restart|delete|remove|roll\s*back|scale|bounce)\b|"
    r"\bcan\s+be\s+\w+ed\s+(?:any\s*time|whenever|at\s+will)\b",
    re.I,
)
_JUDGED = re.compile(
    # Of the change said before it, not of another action after a dash ("scale orders to 5 -
    # recycling the pods would be a bad idea": a prohibition, read as such elsewhere).
    r"^(?:(?!\s[-\u2013\u2014]+\s)[^,;])+(?:\bis|\bwould\s+be|=)\s+(?:too\s+\w+|risky|expensive|(?:a\s+)?waste(?:ful)?|dangerous|"
    r"(?:a\s+)?bad\s+idea|overkill|pointless|unsafe)\s*[.!]?\s*$",
    re.I,
)
_HEADSUP = re.compile(r"^\s*(?:just\s+(?:an?\s+)?)?(?:fyi|heads[\s-]*up|psa)\b", re.I)
# Not yet: a note, a plan, a reply's subject, a commit title, a later occasion, a call for
# objections, a last chat line that stops it.
_NOT_YET = re.compile(
    r"^\s*(?:remember\s+to|next\s+steps?\s*:|plan\s+for\s+[\w\s]{1,20}:|re\s*:)|\bnext\s+time\s+(?:we|you|i)\b|"
    r"\bshout\s+if\b|\blast\s+call\s+for\s+objections?\b|\bif\s+(?:no\s*one|nobody)\s+objects\b|"
    r"\n\s*(?:\[[^\]\n]+\]\s*|\w+:\s*)?(?:wait|hold\s+on|hang\s+on|stop|no)\s*[.!]*\s*$",
    re.I,
)
_HEDGE = re.compile(r"^\s*ideally\b|,\s*\w[\w-]*\s+could\s+go\s+to\b", re.I)
_TRUNCATED = re.compile(
    r"[a-z0-9]-\s*$|\b(?:and|then)\s+(?:del|dele|rem|res|resta|sca|scal|upd|"
    r"roll|rol)\s*$",
    re.I,
)
_KEEP_UP = re.compile(r"\bbut\s+keep\s+it\s+(?:up|running|serving|alive|online|available)\b", re.I)
_KEEP_IMAGE = re.compile(
    r"\bbut\s+keep\s+(?:the\s+)?(?:current\s+|same\s+|existing\s+|old\s+)?(?:image|version|tag)\b|"
    r"\bbut\s+keep\s+v?\d+(?:\.\d+)+\b",
    re.I,
)


_CUT = re.compile(r"(?<![\d.])(\d+\.\d+)\.\s*$")
# A tag of no more parts than a version cut's "16.6": "16.4", "7", "v2".
_SHORT_TAG = re.compile(r"v?\d+(?:\.\d+)?")
Live = Callable[[str, str, str], dict[str, Any] | None]


def _whole(version: str, result: PlanResult, live: Live | None) -> bool:
    """Whether ``version`` ("16.6"), said before a message's last full stop, is a whole
    version: the container it goes to runs a tag of no more parts now ("postgres:16.4"), so
    the full stop ends the sentence and cuts nothing ("update frontend to 2.2." beside a
    frontend on 2.1.0 stays cut)."""
    if live is None:
        return False
    for op in result.operations:
        if not isinstance(op, SetImageOp) or not op.image.endswith(f":{version}"):
            continue
        obj = live(op.target.kind, op.target.name, "apps/v1") or {}
        pod = obj.get("spec", {}).get("template", {}).get("spec", {})
        now = [
            str(c.get("image", "")).rpartition(":")[2]
            for c in pod.get("containers", [])
            if c.get("name") == op.container
        ]
        return bool(now) and _SHORT_TAG.fullmatch(now[0]) is not None
    return False


def _held(said: str, result: PlanResult, live: Live | None = None) -> str | None:
    """The words that hold the change back, or None."""
    summaries = " ".join(op.summary() for op in result.operations)
    # A recurring schedule's time is its cron, not a wait.
    recurring = rx(r"schedule/|cronjob/").search(summaries)
    # "restarts more than 3 times in 1h": an alert's window is its expression, not a wait.
    timed = signals.without_conditions(said) if "prometheusrule/" in summaries else said
    if (
        not result.awaits
        and not recurring
        and (m := _TIME.search(timewords.time_names_blanked(timed)))
    ):
        return f"the time {m.group(0).strip()!r} (say it as a clock time, e.g. 'at 14:30')"
    if not result.awaits and (m := _HOLD.search(said)):
        return f"the condition {m.group(0).strip()!r}"
    for pattern, what in (
        (_CANCEL, "the cancel"),
        (_PERMIT, "a permission, not a request:"),
        (_JUDGED, "a judgement on the change:"),
        (_HEADSUP, "a heads-up, not a request:"),
        (_NOT_YET, "not a request for now:"),
    ):
        if m := pattern.search(said):
            if pattern is _CANCEL and "roll " in summaries and "back" in summaries:
                continue
            return f"{what} {m.group(0).strip()!r}"
    if rx(r"restart|delete|replicas|set image").search(summaries) and (m := _HEDGE.search(said)):
        return f"a hedge: {m.group(0).strip()!r}"
    if rx(r"\bif\s+possible\b", re.I).search(said) and rx(r"restart|delete|to 0 replicas").search(
        summaries
    ):
        return "the condition 'if possible'"
    if "to 0 replicas" in summaries and (m := _KEEP_UP.search(said)):
        return f"a contradiction: {m.group(0).strip()!r}"
    if rx(r"set image|roll .* back").search(summaries) and (m := _KEEP_IMAGE.search(said)):
        return f"a contradiction: {m.group(0).strip()!r}"
    if "kubectl" not in said.lower() and _TRUNCATED.search(said):
        return "a message that seems cut off"
    # "update frontend to 2.2.": a version cut short, set as said.
    cut = _CUT.search(said)
    if (
        cut
        and rx(rf":v?{re.escape(cut.group(1))}(?:\s|$)").search(summaries)
        and not _whole(cut.group(1), result, live)
    ):
        return "a message that seems cut off"
    return None


def check(
    said: str, result: PlanResult, answered: bool = False, live: Live | None = None
) -> PlanResult:
    """``result``, or a question in its place when the words hold the change back (``live``
    reads a workload as it runs now: a version's full stop is read against its tag)."""
    if answered or not result.operations:
        return result
    # A message quoted whole ("'restart payments COB'") is read inside its quotes.
    held = _held(said.strip().strip("'\"\u2018\u2019\u201c\u201d`").strip(), result, live)
    if held is None:
        return result
    changes = "; ".join(op.summary() for op in result.operations)
    return result.held_back(
        f"You said {said.strip()!r}, and I read {held} — it holds the change back. "
        f"Should I {changes} now? Say it again without it (or with the time/condition met) "
        "to plan it."
    )
