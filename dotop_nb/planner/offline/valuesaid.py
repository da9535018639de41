"""A value in the plan must be the value said, for the object said (round 25, issue 11; the
fifth attack's "values" family).

The attack found plans whose numbers or values were not the ones the writer gave:

- a number said for a SETTING reached the replicas through a pronoun ("the orders batch size
  is too small; raise it to 500" scaled orders to 500 pods);
- a permission or a bound ("allow worker to scale to zero", "let checkout scale up to 6",
  "worker may scale to 0", "… as needed up to 10", "make sure frontend always has 2 pods") was
  planned as a scale now;
- an exception or a relative change ("turn off frontend except one", "turn off two frontend
  pods") was planned as the bare count;
- a variable or key with no value ("add API_KEY to payments") was given the object's name as
  its value;
- an autoscaler's target said in another sentence ("… autoscale between 3 and 9 pods? 60% CPU
  seems a sensible target") was dropped for the default.

Rules (each read only when its cue word is in the text, and only on the plan it concerns):

1. A scale reached through "it" ("raise it to 500", "double it"): the workload's name said
   before it must be followed only by words for the workload itself or its pods (an
   allow-list) when a copula follows ("… is too small"); any other word ("batch size",
   "thread count", "memory") is asked, naming it.
2. A scale whose verb is governed by a permission ("let", "allow", "permit", "enable") or a
   modal after the name ("worker can/may scale"), or said as a standing bound ("as needed",
   "always has"), is asked: a bound is an autoscaler's, never a count now.
3. A scale to 0 with an exception ("except one", "all but one", "leave one"), or a switch-off
   of a number of pods ("turn off two frontend pods") planned as that number, is asked: the
   count to keep is not the number said ("remove 2 replicas from frontend", planned as 3 - 2,
   still plans). A switch-off of "NAME svc" (the Service named) is asked too.
4. A variable or key planned with the target's own name as its value, where the text never
   gives that value to the key, is asked.
5. An autoscaler whose utilisation target is none of the percentages said beside "cpu" or
   "memory" is asked.

A reply (refinements) is not checked again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from dotop_nb.planner.offline import occasions
from dotop_nb.planner.offline.partoff import _SELF
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

__all__ = ["check"]

Live = Callable[[str, str], "dict[str, Any] | None"]

# (1) A number given to "it": the cue, and the words that may follow the workload's name.
_TO_IT = re.compile(
    r"\b(?:raise|increase|bump|double|triple|quadruple|halve|lower|reduce|decrease|set|up|"
    r"grow|boost|cut|drop|change)\s+(?:it|that|this|them)\b",
    re.I,
)
# "orders BATCH_SIZE is too small", "the worker thread count is too low": a noun phrase after
# the name, said of with a copula (a verb after the name, "payments sits at 2", is no part).
_SAID_OF = re.compile(
    r"\s+(?P<words>(?:[\w-]+\s+){1,3}?)(?:is|are|was|were|seems?|looks?|feels?)\b", re.I
)
_PODS = _SELF | frozenset("replica count counts number size capacity scale pod fleet".split())
# (2) A permission, a modal after the name, a standing bound.
_LET = re.compile(r"\b(?:let|allow|allows|permit|permits|enable|enables)\b", re.I)
_LET_VERB = r"(?:let|allow|allows|permit|permits|enable|enables)"
_MAY = re.compile(r"\b(?:can|may|might|could|able|allowed|permitted)\b", re.I)
_MODAL = r"(?:can|may|might|could|is\s+(?:allowed|permitted|able)\s+to|should\s+be\s+able\s+to)"
_BOUND = re.compile(
    r"\bas\s+(?:needed|required|necessary)\b|\balways\s+(?:has|have|runs?|keeps?)\b",
    # (Not "frontend up to ten pods": the labelled sets read "- [ ] worker up to 3 replicas" as
    # the count, test_offline_r11_labels; round 26's merge kept that.)
    re.I,
)
_IDLE = rx(occasions._IDLE, re.I)
# (3) An exception to a switch-off, a number of pods switched off.
_EXCEPT = re.compile(
    r"\b(?:except|apart\s+from|other\s+than|all\s+but|but\s+(?:keep|leave)\s+(?:one|\d+)|"
    r"but\s+one|leav(?:e|ing)\s+(?:one|just|only|a\s+single|\d+))\b",
    re.I,
)
_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_NUM = rf"(?P<n>\d+|{'|'.join(_WORDS)})"
_SOME_OFF = re.compile(
    rf"\b(?:(?:turn|switch|shut|take|scale)\s+(?:off|down)|stop|kill|remove|drop)\s+{_NUM}\s+"
    r"(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:pods?|replicas?|instances?|copies)\b(?!\s+from\b)",
    re.I,
)
# (5) A percentage said beside cpu or memory.
_PERCENT = re.compile(
    r"(?P<a>\d{1,3})\s*(?:%|percent)\s*(?:of\s+)?(?:average\s+)?(?:cpu|memory|mem)\b|"
    r"\b(?:cpu|memory|mem)\b[^.?!;\d]{0,40}?(?P<b>\d{1,3})\s*(?:%|percent)",
    re.I,
)


def _scales(result: PlanResult) -> list[Any]:
    return [op for op in result.operations if op.kind == "scale"]


def _name_said(name: str) -> re.Pattern[str]:
    return rx(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?:'s?(?!\w))?", re.I)


def _through_it(text: str, result: PlanResult, _live: Live | None) -> str | None:
    cue = _TO_IT.search(text)
    if cue is None:
        return None
    for op in _scales(result):
        name = op.target.name
        before = [m for m in _name_said(name).finditer(text) if m.end() <= cue.start()]
        if not before:
            continue
        phrase = _SAID_OF.match(text, before[-1].end(), cue.start())
        left = (
            [w for w in phrase.group("words").lower().split() if w not in _PODS] if phrase else []
        )
        if left:
            words = " ".join(left)
            return (
                f"I did not understand {words!r} after {name!r}: '{cue.group(0)}' reads as "
                f"that setting, not {name}'s pod count, so I changed nothing. To change the "
                f"setting type its key and value (e.g. 'set KEY=VALUE in {name}'); to change "
                f"the pods type 'scale {name} to N'."
            )
    return None


def _bound(text: str, result: PlanResult, _live: Live | None) -> str | None:
    scales = _scales(result)
    if not scales:
        return None
    said = _BOUND.search(text)
    cue = _LET.search(text) is not None
    modal = _MAY.search(text) is not None
    for op in scales if said is None and (cue or modal) else ():
        name = re.escape(op.target.name)
        said = rx(
            rf"\b{_LET_VERB}\s+(?:the\s+)?{name}(?![\w-])\s+(?:to\s+|be\s+able\s+to\s+)?"
            rf"(?:auto-?)?scale\b|(?<![\w-]){name}(?![\w-])\s+{_MODAL}\s+"
            r"(?:auto-?)?scale\b",
            re.I,
        ).search(text)
        if said:
            break
    if said is None and any(op.replicas == 0 for op in scales):
        # "scale worker to 0 when idle", "worker should scale to zero when idle": a floor of
        # zero an autoscaler (KEDA) keeps, never one scale now (round 26).
        idle = _IDLE.search(text)
        if idle:
            name = scales[0].target.name
            return (
                f"I read {idle.group(0).strip()!r}: {name} at 0 whenever it is idle is a "
                "standing rule an autoscaler keeps (a floor of zero), not one scale now, so I "
                f"changed nothing. To stop it now type 'scale {name} to 0'; for the rule name "
                "the queue or event that wakes it (a KEDA trigger) and its maximum."
            )
    if said is None:
        return None
    name = scales[0].target.name
    return (
        f"I read {said.group(0).strip()!r} as a bound {name} may reach (an autoscaler's "
        f"minimum or maximum), not a count to set now, so I changed nothing. To set the count "
        f"now type 'scale {name} to N'; for a bound type 'autoscale {name} between MIN and MAX'."
    )


def _running(live: Live | None, op: Any) -> int:
    obj = live(op.target.kind, op.target.name) if live else None
    return int(((obj or {}).get("spec") or {}).get("replicas", 1)) if obj else -1


def _kept(text: str, result: PlanResult, live: Live | None) -> str | None:
    scales = _scales(result)
    if not scales:
        return None
    name = scales[0].target.name
    some = _SOME_OFF.search(text)
    n = some.group("n").lower() if some else ""
    said = int(n) if n.isdigit() else _WORDS.index(n) if n else -1
    # ("drop one pod of payments" at 2: one either way, planned as said.)
    if some and any(op.replicas == said and _running(live, op) - said != said for op in scales):
        return (
            f"I read {some.group(0)!r} as a number of {name}'s pods to switch off, not the "
            f"count to leave running, so I changed nothing. Type the count to keep, e.g. "
            f"'scale {name} to {max(_running(live, scales[0]) - said, 1)}'."
        )
    if any(op.replicas == 0 for op in scales):
        # "turn off frontend svc": the Service was named; a Service has no pods to stop.
        if "svc" in text.lower() and rx(
            rf"(?<![\w-]){re.escape(name)}\s+svcs?\b|\bsvc/{re.escape(name)}\b", re.I
        ).search(text):
            return (
                f"You named the {name} Service ('svc'), which has no pods to switch off, so I "
                f"changed nothing. To stop {name}'s pods type 'scale {name} to 0'; to remove "
                f"the Service type 'delete the {name} service object'."
            )
        but = _EXCEPT.search(text)
        if but:
            return (
                f"You said {but.group(0)!r} with a switch-off of {name}: I do not scale to 0 "
                f"with an exception I cannot count, so I changed nothing. Type the count to "
                f"keep, e.g. 'scale {name} to 1'."
            )
    return None


def _set_values(op: Any) -> Iterable[tuple[str, str]]:
    """(key, value) pairs a patch sets: env entries and a ConfigMap's data."""
    patch = getattr(op, "patch", None)
    if not isinstance(patch, dict):
        return
    for key, value in (patch.get("data") or {}).items():
        yield str(key), str(value)
    spec = ((patch.get("spec") or {}).get("template") or {}).get("spec") or {}
    for c in spec.get("containers") or []:
        for env in c.get("env") or []:
            if "value" in env:
                yield str(env.get("name")), str(env["value"])


def _invented(text: str, result: PlanResult, _live: Live | None) -> str | None:
    for op in result.operations:
        if op.kind != "patch":
            continue
        name = op.target.name
        for key, value in _set_values(op):
            # "set LOG_LEVEL=debug/trace": two words either side of a slash, a choice (round 26).
            if "/" in value and _EITHER.match(value):
                one, other = value.split("/", 1)
                return (
                    f"You gave {key!r} the value {value!r}: that reads as a choice between "
                    f"{one!r} and {other!r}, so I changed nothing. Type the one value, e.g. "
                    f"'set {key}={one} in {name}'."
                )
            if value.lower() != name.lower():
                continue
            # "add API_KEY to payments": the name said once, as the target, is no value.
            given = rx(rf"{re.escape(key)}\s*[=:]\s*[\"'`]?{re.escape(value)}", re.I)
            if given.search(text) or len(_name_said(value).findall(text)) > 1:
                continue
            return (
                f"You named {key!r} for {name} but gave it no value I can read, so I changed "
                f"nothing. Type it with its value, e.g. 'set {key}=VALUE in {name}'."
            )
    return None


# (Lower case both sides: "Europe/Paris" is one value, a time zone.)
_EITHER = re.compile(r"^[a-z]+/[a-z]+$")


# "autoscale frontend to twice its size", "… max double the current", "… don't go below the
# current count": a bound said relative to the count now (round 26), which the autoscaler's
# default bounds are not.
_RELATIVE = rx(
    r"\b(?:twice|double|triple|treble|half|(?:two|three)\s+times)\b[^.;,]*?\b(?:current(?:\s+"
    r"(?:count|size|number))?|its\s+(?:size|count|current\s+\w+)|the\s+size|now|today|size|"
    r"count)\b|\b(?:current|present|existing)\s+(?:count|size|"
    r"number|replicas?|pods?|scale)\b|\b(?:what|how\s+many)\s+it\s+(?:has|runs)\s+now\b",
    re.I,
)


_TIMES = {"twice": 2, "double": 2, "two times": 2, "triple": 3, "treble": 3, "three times": 3}


def _relative_bound(text: str, result: PlanResult, live: Live | None) -> str | None:
    hpas = [(op, spec) for op in result.operations if (spec := _hpa_spec(op))]
    if not hpas or not (said := _RELATIVE.search(text)):
        return None
    op, spec = hpas[0]
    low, high = int(spec.get("minReplicas", 1)), int(spec.get("maxReplicas", 0))
    ref = spec.get("scaleTargetRef") or {}
    obj = live(str(ref.get("kind", "Deployment")), str(ref.get("name", ""))) if live else None
    now = int(((obj or {}).get("spec") or {}).get("replicas", 1))
    # ("minimum equal to the current count" with a minimum of the count now: as said.)
    word = said.group(0).lower()
    times = next((n for w, n in _TIMES.items() if w in word), 1)
    wanted = now // 2 if "half" in word else now * times
    if wanted in (low, high):
        return None
    return (
        f"I read {said.group(0)!r}, a bound said from {op.target.name}'s count now ({now}), "
        f"while the autoscaler I read would keep {low} to {high}, so I changed nothing. Type "
        f"the bounds as numbers, e.g. 'autoscale {op.target.name} between {max(now, 1)} and "
        f"{max(now, 1) * 2}'."
    )


def _hpa_spec(op: Any) -> dict[str, Any]:
    manifest = getattr(op, "manifest", None) or {}
    if manifest.get("kind") != "HorizontalPodAutoscaler":
        return {}
    return dict(manifest.get("spec") or {})


def _targets(op: Any) -> list[int]:
    manifest = getattr(op, "manifest", None) or {}
    if manifest.get("kind") != "HorizontalPodAutoscaler":
        return []
    found = []
    for metric in (manifest.get("spec") or {}).get("metrics") or []:
        target = ((metric.get("resource") or {}).get("target")) or {}
        if "averageUtilization" in target:
            found.append(int(target["averageUtilization"]))
    return found


def _target_dropped(text: str, result: PlanResult, _live: Live | None) -> str | None:
    if "%" not in text and "percent" not in text.lower():
        return None
    said = {int(m.group("a") or m.group("b")) for m in _PERCENT.finditer(text)}
    if not said:
        return None
    for op in result.operations:
        planned = _targets(op)
        if planned and not said & set(planned):
            shown = ", ".join(f"{n}%" for n in sorted(said))
            return (
                f"You said {shown} but the autoscaler for {op.target.name} would target "
                f"{planned[0]}%, so I changed nothing. Type the target in the order, e.g. "
                f"'autoscale {op.target.name} between MIN and MAX at {min(said)}% cpu'."
            )
    return None


# (6) Round 28 (a31rest): an image or a version said with its cue word ("with image 2.2.0",
# "and version 3.0.1", "using tag v42") that no operation of the plan carries ("scale frontend to 4
# with image 2.2.0" scaled only): the version was dropped.
_VERSION_SAID = re.compile(
    r"\b(?:with|and|plus|using)\s+(?:the\s+|a\s+)?(?:new\s+)?(?:image|version|tag|release|build)"
    r"\s*[:=]?\s*(?P<v>v?\d+(?:\.\d+){1,3}(?:-[\w.]+)?)"
    r"(?![\w.])",
    re.I,
)


def _version_dropped(text: str, result: PlanResult, _live: Live | None) -> str | None:
    if not rx(r"\d\.\d").search(text):
        return None
    body = json.dumps([op.model_dump(mode="json", exclude={"reason"}) for op in result.operations])
    for m in _VERSION_SAID.finditer(text):
        version = m.group("v")
        if version.lower().removeprefix("v") not in body.lower():
            changes = "; ".join(op.summary() for op in result.operations)
            return (
                f"You said {m.group(0)!r}, but the plan ({changes}) sets no image to it, so I "
                "changed nothing. Ask for each change as its own order, e.g. 'update "
                f"{result.operations[0].target.name} to {version}' and then the rest."
            )
    return None


def check(
    said: str, result: PlanResult, answered: bool = False, live: Live | None = None
) -> PlanResult:
    """``result``, or a question in its place when a value it plans is not the one said (see
    the module's rules)."""
    if answered or not result.operations:
        return result
    text = said.replace("\u2019", "'").replace("\u2018", "'")
    for reader in (
        _through_it,
        _bound,
        _kept,
        _invented,
        _target_dropped,
        _relative_bound,
        _version_dropped,
    ):
        question = reader(text, result, live)
        if question:
            return result.held_back(question)
    return result
