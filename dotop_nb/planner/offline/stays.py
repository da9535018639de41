"""A field said to stay as it is is never changed by the plan (round 30, attack35's shape 1).

"restart worker, version stays 9.9.9" also set worker's image to 9.9.9; "scale payments to 4,
image stays 1.0.0" took payments back to 1.0.0; "roll back checkout, replicas stay at 4" scaled
checkout to 4: the value said of what stays was read as the value to set. Rule (pure text, the
last word on a plan): when a clause says a field of the workload stays, remains, is kept or is
unchanged — its replicas, its image or version, its cpu or memory — and the plan changes that
field, the plan becomes a question naming both. A field said to stay that the plan does not
touch ("bump payments to 3.1.0, replicas stay at 2") is context, and the plan stands.

A key said to stay beside the order that sets it (round 41, attack47's @I) — "In my-api-config
set LOG_LEVEL to debug, don't touch LOG_LEVEL", "set PROVIDER to adyen in payments-config,
PROVIDER stays", "keep PROVIDER as is", "leave LOG_LEVEL alone", "don't change PROVIDER, set it
to adyen" — contradicts it: a ConfigMap's data key or an env var the plan writes, said with a
word of keeping, is asked. Another key kept ("set LOG_LEVEL to debug, don't touch FEATURE_X")
is context.

A workload deleted, its replicas said to stay ("delete only worker, 3 replicas stay", "…, 1
replica stays", "…, still 1 replica"): a deletion leaves no replica, so the two are asked. The
replicas of another workload said to stay ("delete worker, frontend replicas stay") are context.

Example::

    check("restart worker, version stays 9.9.9", plan)
    # PlanResult(question="You said 'version stays 9.9.9', but the plan would …")
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from dotop_nb.models import Operation
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

# The field, then a word of staying ("the replica count stays at 4", "image remains 1.0.0",
# "memory is unchanged", "its version is kept at 1.0.0", "replicas untouched").
_STAYS = re.compile(
    r"(?<![\w\-./:=@])(?:(?:the|its|their)\s+)?"
    # (Round 33, gap36b: "the app image stays": a container of the workload may own it.)
    r"(?:(?P<part>[a-z][\w\-]*)\s+(?=(?:image|version|tag)\s))?(?P<field>replicas?|replica\s+count|pod\s+count|"
    r"number\s+of\s+(?:replicas|pods)|image|version|tag|release|cpu|memory|mem|ram)"
    r"(?:\s+(?:request|limit)s?)?\s+(?:stays?|remains?|(?:is|are)\s+(?:kept|unchanged|untouched)|"
    r"kept|unchanged|untouched)\b(?:[^,;.!?\n]|\.(?=\w))*",
    re.I,
)
# Round 31 (attack35's shape 5): the count said before its field or with "keep" — "still 5
# replicas", "replicas 2 unchanged", "replicas: 2, unchanged", "keep replicas at 5": the
# replicas stay (a plan that scales is asked; :mod:`.observed` drops the piece from the words
# the planner reads, so an order beside it is planned alone).
_KEPT = re.compile(
    r"(?<![\w\-./:=@])(?:still\s+\d+\s+(?P<a>replicas?|pods)\b|\d+\s+(?P<d>replicas?|pods)\s+"
    r"(?:unchanged|untouched|as\s+is)\b|(?P<b>replicas?|pods)\s*:?\s*\d+\s*,?\s*"
    r"(?:unchanged|untouched|as\s+is)\b|keep(?:ing)?\s+(?:the\s+)?(?P<c>replicas?|replica\s+count|"
    r"pod\s+count|pods)\s+(?:at|as)\s+\d+\b)",
    re.I,
)
_REPLICAS = ("replica", "pod", "number")
_IMAGE = ("image", "version", "tag", "release")


def _changes(op: Operation, field: str) -> bool:
    """Whether ``op`` changes the field a clause said stays (by the field's first word)."""
    patch = json.dumps(getattr(op, "patch", None) or {})
    if field.startswith(_REPLICAS):
        return op.kind == "scale" or '"replicas"' in patch
    if field.startswith(_IMAGE):
        return op.kind in ("set_image", "rollout_undo") or '"image"' in patch
    quantity = "memory" if field.startswith(("mem", "ram")) else "cpu"
    return f'"{quantity}"' in patch


Live = Callable[[str, str], "dict[str, Any] | None"]

# A key kept: "KEY stays", "the KEY key remains", "KEY is unchanged", "don't touch KEY", "never
# change the KEY key", "leave KEY alone", "keep KEY as is", "without touching KEY", "hands off
# KEY" ({key} is the key the plan writes, escaped).
_KEY = r"(?<![\w\-./:=@$]){key}(?![\w\-./:=@$])(?:\s+(?:key|var(?:iable)?|entry|setting))?"
_KEEP_VERB = r"(?:touch|change|modify|alter|edit|update|set|override|overwrite|rewrite|mess\s+with)"
_KEY_KEPT = (
    rf"{_KEY}\s+(?:stays?|remains?|(?:is|are|must\s+be|should\s+be)\s+(?:kept|unchanged|"
    r"untouched|left\s+alone|as\s+is)|kept|unchanged|untouched|as\s+is|(?:must|should|may|can)"
    rf"(?:\s*not|n't)\s+(?:be\s+)?{_KEEP_VERB}|(?:does|do)(?:\s*not|n't)\s+change)\b|"
    rf"\b(?:(?:do|does|should|must|will)(?:\s*not|n't)|don'?t|dont|never|not|no\s+need\s+to|"
    rf"without|w/o)\s+(?:ever\s+)?{_KEEP_VERB}(?:ing)?\s+(?:the\s+)?{_KEY}|"
    rf"\bhands\s+off\s+(?:the\s+)?{_KEY}|"
    rf"\b(?:leave|keep|keeping|leaving)\s+(?:the\s+)?{_KEY}\s+(?:alone|as\s+(?:is|it\s+is)|be\b|"
    r"untouched|unchanged|the\s+same|where\s+it\s+is)"
)


def _keys_written(op: Operation) -> set[str]:
    """The ConfigMap data keys and env vars ``op`` writes."""
    patch = getattr(op, "patch", None)
    if not isinstance(patch, dict):
        return set()
    keys = {str(k) for part in ("data", "stringData") for k in (patch.get(part) or {})}
    pod = ((patch.get("spec") or {}).get("template") or {}).get("spec") or {}
    for container in pod.get("containers") or []:
        if isinstance(container, dict):
            keys |= {str(e.get("name")) for e in container.get("env") or [] if isinstance(e, dict)}
    return keys


def _key_kept(said: str, result: PlanResult) -> PlanResult | None:
    """A question when a key the plan writes is said to stay (None otherwise)."""
    for op in result.operations:
        for key in sorted(_keys_written(op)):
            pattern = _KEY_KEPT.format(key=re.escape(key))
            if m := rx(pattern, re.I).search(said):
                return result.held_back(
                    f"You said {m.group(0).strip()!r}, but the plan would {op.summary()}, "
                    f"which changes {key}. Which should it be: set {key}, or leave it as it is?"
                )
    return None


def _other_container(op: Operation, part: str | None, live: Live | None) -> bool:
    """Whether ``part`` (the word before "image" in "the app image stays") is another
    container of the workload whose image ``op`` sets in one container: it stays as said."""
    container = getattr(op, "container", None)
    if not part or live is None or op.kind != "set_image" or not container:
        return False
    part = part.lower()
    obj = live(op.target.kind, op.target.name) or {}
    pod = ((obj.get("spec") or {}).get("template") or {}).get("spec") or {}
    names = {str(c.get("name", "")).lower() for c in pod.get("containers") or []}
    return part != container.lower() and part in names


_COUNT = re.compile(r"\d+")


def _running(live: Live | None, result: PlanResult) -> tuple[str, int] | None:
    """The workload the plan acts on and the replicas it runs now (None when not one)."""
    if live is None:
        return None
    # ("set LOG_LEVEL=debug on my-api": the plan patches its ConfigMap; the workload is among
    # the plan's targets.)
    for target in [op.target for op in result.operations] + list(result.targets or []):
        if target.kind in ("Deployment", "StatefulSet"):
            obj = live(target.kind, target.name)
            if obj:
                return target.describe(), int((obj.get("spec") or {}).get("replicas", 1))
    return None


# The kinds whose deletion takes their replicas with them.
_REPLICATED = ("Deployment", "StatefulSet", "ReplicaSet")


def _deleted_kept(
    said: str, m: re.Match[str], result: PlanResult, live: Live | None
) -> Operation | None:
    """The deletion of a workload whose replicas ``m`` says stay (None when it names another
    workload's: "delete worker, frontend replicas stay")."""
    deleted = [o for o in result.operations if o.kind == "delete" and o.target.kind in _REPLICATED]
    if not deleted:
        return None
    before = [w.removesuffix("'s") for w in rx(r"[\w\-.']+").findall(said[: m.start()])[-2:]]
    names = {o.target.name.lower() for o in deleted}
    for word in (w.lower() for w in before):
        if word not in names and any(live and live(k, word) for k in _REPLICATED):
            return None
    return deleted[0]


def check(said: str, result: PlanResult, live: Live | None = None) -> PlanResult:
    """``result``, or a question in its place when the plan changes a field ``said`` keeps,
    or the count said to stay is not the one the workload runs (round 31: "roll back
    checkout, replicas stay at 4" when it runs 2 — the 4 may be the request)."""
    if not result.operations:
        return result
    if kept := _key_kept(said, result):
        return kept
    found = [(m, m.group("field")) for m in _STAYS.finditer(said)]
    if "replica" in said.lower() or "pod" in said.lower():
        found += [(m, "replicas") for m in _KEPT.finditer(said)]
    for m, name in found:
        field = name.lower()
        changed = [
            op
            for op in result.operations
            if _changes(op, field) and not _other_container(op, m.groupdict().get("part"), live)
        ]
        if field.startswith(_REPLICAS) and (gone := _deleted_kept(said, m, result, live)):
            changed = [gone]
        if changed:
            return result.held_back(
                f"You said {m.group(0).strip()!r}, but the plan would "
                f"{changed[0].summary()}. Which should it be? Say the change alone, or what "
                "stays without a value to set."
            )
        if field.startswith(_REPLICAS) and (n := _COUNT.search(m.group(0))):
            running = _running(live, result)
            if running is not None and running[1] != int(n.group(0)):
                return result.held_back(
                    f"You said {m.group(0).strip()!r}, but {running[0]} runs {running[1]} "
                    f"replicas now, not {n.group(0)}. Which should it be? Say the change "
                    "alone, or with the count to scale to."
                )
    return result
