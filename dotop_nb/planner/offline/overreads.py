"""Words a finished plan read as more than they say: a last word, asked about (round 22).

Rules (each turns a plan into a question naming what was said):

- "clean up <workload>" removes leftovers (old pods, ReplicaSets), never the live workload by
  itself: a delete of a Deployment, StatefulSet or DaemonSet stands only if another delete verb
  is said ("delete", "remove", "tear down" …).
- A Velero Backup created stands only if the backup is asked for, not said as a fact ("we have
  a backup of worker") nor as the condition of another order ("after the backup", "après le
  backup": that order waits on the backup, it never becomes one).
- An autoscaler is never invented from one bound: an HPA applied when the words speak of its
  max or min ("set payments HPA max to 10", "scale payments to HPA max") asks; the other bound
  and the target are not the writer's.
- "at 4 o'clock" is a time, never a count: a scale beside it asks; so does "scale payments at 4"
  (a time or a count; "to 4" and "at 4 replicas" are counts). Any plan that neither waits for an
  o'clock said nor schedules by it asks ("restart worker at three o'clock").
- "max replicas" and "min replicas" are bounds, never the count: a scale beside them asks.
- An image said with a space inside it ("ghcr.io/acme/front end:1.2.0") is never cut to its
  last word.
- A container named ("container web", "the web container") is the one changed, or asked.
- A scope said ("for 10% of users", "in az-4") that the plan does not carry, and "roll/rotate
  the secret" (a new secret, not a restart), ask.

Pure text over the words as sent and the finished plan; an answer (refinements) is not re-checked.
"""

from __future__ import annotations

import re

from dotop_nb.models import ApplyOp, DeleteOp, RolloutRestartOp, ScaleOp, SetImageOp
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import NOT_A_PLACE_NAME
from dotop_nb.planner.offline.veto import DELETE_WORDS
from dotop_nb.ports import PlanResult

_WORKLOADS = frozenset({"Deployment", "StatefulSet", "DaemonSet"})
# Only "clean up <workload>" alone: a list said beside it ("clean up frontend: deployment +
# service") or a ticket's criteria ("Cleanup CORE-31: … are deleted") names what goes.
_CLEAN_UP = re.compile(
    r"^\s*(?:please\s+)?(?:(?:clean[\s-]?up|cleanup)\s+(?:the\s+)?[\w-]+|clean\s+(?:the\s+)?"
    r"[\w-]+\s+up)(?:\s+(?:deployment|deploy|statefulset|sts|daemonset|ds))?(?:\s+please)?"
    r"\s*[.!]?\s*$",
    re.I,
)
_DELETES = re.compile(rf"\b(?:{DELETE_WORDS})\b", re.I)
_CLEAN = re.compile(r"\bclean[\s-]?up\b|\bcleanup\b|\bclean\b", re.I)
_BACKUP = r"(?:velero\s+)?back[\s-]?ups?|sauvegardes?|snapshots?"
_BACKUP_NOT_ASKED = re.compile(
    # A condition: the other order waits on the backup.
    rf"\b(?:after|once|when|post|following|until|till|apr[eè]s|d[eè]s|nach|despu[eé]s\s+de|"
    rf"dopo|na)\s+(?:the\s+|a\s+|le\s+|la\s+|l'|les\s+|dem\s+|del\s+|el\s+|il\s+|our\s+|its\s+|"
    rf"that\s+)?(?:{_BACKUP})\b|"
    # A fact: a backup is had, exists, was taken.
    rf"\b(?:we|i|you|they|there|it)\s*(?:'ve|\s+have|\s+has|\s+had|\s+got|'s|\s+is|\s+are|"
    rf"\s+was|\s+were)\s+(?:got\s+)?(?:a\s+|an\s+|the\s+|one\s+|some\s+|recent\s+|fresh\s+)*"
    rf"(?:{_BACKUP})\b|\b(?:a|the)\s+(?:{_BACKUP})\s+(?:exists|is\s+there|already|was\s+taken)\b",
    re.I,
)
# "> do we have backups?", "no backups exist": a question or a lack, never a fact.
_ASKING = re.compile(r"\b(?:do|does|did|don't|dont|no|not|never)\s*$", re.I)
_HPA_BOUND = re.compile(
    r"\b(?:hpa|autoscaler|auto-?scaler|autoscaling)(?:'s)?\s+(?:max|min|maximum|minimum|"
    r"ceiling|floor|limit|bounds?)\b|\b(?:max|min|maximum|minimum)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:hpa|autoscaler)\b",
    re.I,
)
# Both bounds said ("HPA min 2 max 6", "hpa floor 3 ceiling 9"): a new autoscaler, whole.
_LOW = re.compile(r"\b(?:min|minimum|floor|minReplicas|at\s+least|from)\b", re.I)
_HIGH = re.compile(r"\b(?:max|maximum|ceiling|maxReplicas|at\s+most|up\s+to)\b", re.I)
_O_CLOCK = re.compile(r"\bat\s+\S+\s*o['\u2019]?\s*clock\b|\b\S+\s+o['\u2019]clock\b", re.I)
# "scale payments at 4": "at 4" may be four o'clock; "to 4", "at 4 replicas" is a count.
_SCALE_AT = re.compile(
    r"\bscale\s+(?:up\s+|down\s+|out\s+|in\s+)?(?:the\s+)?[\w-]+(?:\s+(?:deployment|"
    r"statefulset|deploy|sts))?\s+at\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)\s*[.!]?\s*$",
    re.I,
)
# ("two replicas minimum", "at least 2 pods": a count the writer wants, said as a floor.)
_BOUND = re.compile(
    r"\b(?:max|min|maximum|minimum)[\s_-]*(?:replicas?|replica[\s_-]*count|pods?|instances?)\b|"
    r"\b(?:max|min)Replicas\b",
    re.I,
)
_CONTAINER = (
    re.compile(r"\bcontainer\s+(?:named\s+|called\s+)?[\"'`]?([a-z0-9][a-z0-9-]*)", re.I),
    re.compile(r"\b([a-z0-9][a-z0-9-]*)\s+container\b", re.I),
)
_NOT_NAMES = frozenset(
    {
        *("the", "a", "an", "its", "this", "that", "each", "every", "all", "one", "main"),
        *("first", "only", "sidecar", "app's", "same", "other", "new", "of", "in", "to"),
        *("image", "which"),
    }
)
# A clause of its own: "…, leave the app container alone" names a container kept, not changed.
_CLAUSES = re.compile(r"[,;:!?]\s|\.\s|\.$|\s[\u2014\u2013-]+\s|\s(?:and|but|then|so)\s", re.I)
_KEPT = re.compile(
    r"\b(?:leave|leaving|alone|unchanged|untouched|stays?|remains?|touch|touched|keep|scope|"
    r"not|dont|only|except|as\s+is|as\s+it\s+is)\b|n't\b",
    re.I,
)
# "for 10% of users", "in az-4": a part of the workload (a canary, a zone) the plan does not keep.
_SCOPE = re.compile(
    r"\bfor\s+(?:only\s+)?\d+(?:\.\d+)?\s*(?:%|percent)\s+of\b|"
    r"\bfor\s+(?:only\s+|just\s+)?(?:half|a\s+(?:third|quarter|fraction|subset|slice|portion|"
    r"few|handful)|some|part)\s+(?:of\s+)?(?:the\s+|our\s+)?(?:users|traffic|requests|customers|"
    r"clients|tenants|sessions)\b|"
    r"\b(?:in|on|for|within)\s+(?:the\s+)?(?:az|availability[\s-]+zone|zone|region|dc|rack)"
    rf"[\s-]*{NOT_A_PLACE_NAME}[\w-]+|\b(?:in|on)\s+(?:the\s+)?[a-z]{2}-[a-z]+-\d[a-z]?\b",
    re.I,
)
_SECRET_ROLL = re.compile(
    r"\b(?:roll|rotate|rotating|rolling|cycle|regenerate|renew)\s+(?:the\s+|its\s+|their\s+|"
    r"our\s+)?(?:[\w-]+\s+)?(?:secrets?|keys?|credentials?|creds|passwords?|tokens?|certs?)\b",
    re.I,
)
# "after rotating the redis password, restart …": the rotation is the restart's condition.
_CONDITION = re.compile(r"\b(?:after|once|when|before|following|since|while|until)\s+$", re.I)


def _containers_named(said: str, image: str) -> set[str]:
    """The containers named in the clause that says ``image`` (or its tag)."""
    last = image.rsplit("/", 1)[-1]
    tag = image.rsplit(":", 1)[-1] if ":" in last else image
    for clause in _CLAUSES.split(said):
        if tag.lower() in clause.lower() and not _KEPT.search(clause):
            return {
                n.lower()
                for pattern in _CONTAINER
                for m in pattern.finditer(clause)
                if (n := m.group(1)).lower() not in _NOT_NAMES
            }
    return set()


def _image_cut(said: str, image: str) -> bool:
    """Whether ``image`` is said as the tail of a longer reference split by a space."""
    m = rx(rf"(\S+)\s+{re.escape(image)}(?![\w.:/-])", re.I).search(said)
    return m is not None and "/" in m.group(1) and rx(r"[/.][\w-]*$").search(m.group(1)) is not None


def _awaited(phrase: str, awaits: str | None) -> bool:
    """Whether the o'clock ``phrase`` is the plan's wait, as said (round 24: "scale payments to 4
    at 6 o'clock" waits on "at 6 o'clock", its count said apart)."""
    return bool(awaits) and " ".join(phrase.lower().split()) in " ".join(
        (awaits or "").lower().split()
    )


def _held(said: str, result: PlanResult) -> str | None:
    ops = result.operations
    deletes = [o for o in ops if isinstance(o, DeleteOp) and o.target.kind in _WORKLOADS]
    if deletes and (m := _CLEAN_UP.search(said)) and not _DELETES.search(_CLEAN.sub(" ", said)):
        return f"{m.group(0).strip()!r}, which removes leftovers, not the live workload"
    backups = [o for o in ops if isinstance(o, ApplyOp) and o.target.kind == "Backup"]
    m = _BACKUP_NOT_ASKED.search(said)
    if backups and m and not _ASKING.search(said[: m.start()]):
        return f"{m.group(0)!r}, a backup said as a fact or a condition, not asked for"
    hpas = [o for o in ops if isinstance(o, ApplyOp) and o.target.kind == "HorizontalPodAutoscaler"]
    both = _LOW.search(said) and _HIGH.search(said)
    if hpas and not both and (m := _HPA_BOUND.search(said)):
        return f"{m.group(0)!r} of an autoscaler, whose other values you did not give"
    scales = [o for o in ops if isinstance(o, ScaleOp)]
    if scales and (m := _O_CLOCK.search(said)) and not _awaited(m.group(0), result.awaits):
        return f"{m.group(0)!r}, a time, not a replica count"
    schedules = any(
        isinstance(o, ApplyOp) and o.target.kind in {"Schedule", "CronJob"} for o in ops
    )
    if not result.awaits and not schedules and (m := _O_CLOCK.search(said)):
        # "restart worker at three o'clock": a time no reader placed, never dropped.
        return f"{m.group(0)!r}, a time the plan would not wait for"
    if scales and (m := _SCALE_AT.search(said)):
        return f"{m.group(0).strip()!r}, which may be a time, not a replica count"
    if scales and not hpas and (m := _BOUND.search(said)):
        return f"{m.group(0)!r}, a bound of an autoscaler, not the replica count"
    for op in ops:
        if not isinstance(op, SetImageOp):
            continue
        if _image_cut(said, op.image):
            return f"an image with a space in it, of which only {op.image!r} is a reference"
        named = _containers_named(said, op.image)
        # ("the orders container app": the workload's name before "container" is no container.)
        others = named - {op.target.name.lower()}
        if others and op.container.lower() not in named:
            return f"container {sorted(others)[0]!r}, not the container {op.container!r} changed"
    if ops and (m := _SCOPE.search(said)):
        return f"{m.group(0).strip()!r}, a scope the plan does not keep"
    secrets = any(o.target.kind == "Secret" for o in ops)
    m = _SECRET_ROLL.search(said)
    if m and not secrets and not _CONDITION.search(said[: m.start()]):
        restarts = any(isinstance(o, RolloutRestartOp) for o in ops)
        return f"{m.group(0)!r}, a new secret" + (", not a restart" if restarts else "")
    return None


def check(said: str, result: PlanResult, *, answered: bool = False) -> PlanResult:
    """``result``, or a question in its place when the words say less than it does."""
    if answered or not result.operations:
        return result
    held = _held(said, result)
    if held is None:
        return result
    changes = "; ".join(op.summary() for op in result.operations)
    return result.held_back(
        f"You said {said.strip()!r}, and I read {held}. I would {changes}, which is more than "
        "those words say. Say exactly what should change (and when) to plan it."
    )
