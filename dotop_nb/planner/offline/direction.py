"""A direction or a current value said must agree with the live state; a mismatch asks.

Rule: a direction word (scale down/up, reduce, lower, raise, increase, upgrade, downgrade, …)
or a stated current value ("we have 10", "from 10 to 5") is checked against what the cluster
runs now; when the computed change goes the other way, or the stated value is not the live one,
the request is asked about, saying both. Two values a plan may take that the words do not give
are asked about too: a database StatefulSet scaled relatively or autoscaled (its replicas are
not interchangeable copies), and a change said to be without downtime on a single-pod
StatefulSet (its one pod restarts, so there is downtime). A limit the words keep ("leave the
limits alone") is never changed.

Example::

    check(ctx, plan)  # raises Clarify, or returns None
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.models import ApplyOp, PatchOp, ScaleOp, SetImageOp, Target
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.numbers import QUANTITY_SUFFIXES
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

Json = dict[str, Any]

_DOWN = re.compile(
    r"\bscal(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?down\b|\bdown\s+to\b|\b(?:reduce|reducing|"
    # (Round 29, gap32b: "once the 15:00 artwork cut-off has passed": a deadline's noun, no cut.)
    r"lower|lowering|decrease|decreasing|shrink|shrinking|trim|trimming|cut(?![\s-]?off\b)|fewer|"
    r"downsize|downscale)\b|"
    # Round 43 (attack51): a count said to be enough ("frontend: 2 pods is enough") never
    # raises the count.
    # ("… enough for orders": what is enough for something, asked by modal.py.)
    r"\b(?:replicas?|pods?|instances?|copies)\s+(?:is|are|'s)\s+(?:enough|sufficient|plenty)\b"
    r"(?!\s+for\b)"
)
_UP = re.compile(
    r"\bscal(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?up\b|\b(?:increase|increasing|raise|raising|"
    r"grow|growing|bump|bumping|more|upsize|upscale|boost)\b"
)
# Round 26 (negations): "roll forward checkout to 1.0.0" goes forward (a version older than the
# one running is no roll forward).
_UPGRADE = re.compile(
    r"\b(?:upgrade|upgrading|bump|bumping|roll(?:ing)?[\s-]?forward|"
    r"roll(?:ing)?\s+(?:\S+\s+){0,3}?forward\s+to)\b"
)
# "the hot upgrade on payments went sideways, pin it to 2.9.3 again": an upgrade named as the
# subject of a past event is what happened, never the direction of the order.
_UPGRADE_REPORTED = re.compile(
    r"\b(?:the|that|this|our|last|yesterday'?s|today'?s|recent|latest)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:upgrade|bump)\b(?=[^,.;:]*?\b(?:went|failed|broke|blew|caused|tanked|bombed|abended|"
    r"is\s+abending|was|were|has\s+been|made|took)\b)"
)
# "roll my-api back to 1.5.0": a return to a version is a downgrade said in other words.
_DOWNGRADE = re.compile(
    r"\b(?:downgrade|downgrading|roll(?:ing)?\s+(?:\S+\s+){0,3}?back\s+to|go(?:ing)?\s+back\s+to|"
    r"revert(?:ing)?\s+(?:\S+\s+){0,3}?to|"
    # Round 26: "rollback frontend to 2.2.0" (it runs 2.1.0): a newer version is no rollback.
    r"roll(?:ing)?[\s-]?back\s+(?:\S+\s+){0,3}?to|"
    # Round 27 (parts, V): "return frontend to 2.3.0", "restore frontend to 2.9", "undo my-api
    # to 1.4.1", "put frontend back on 2.0": a way back, so never to a newer version.
    r"(?:return(?:ing)?|restor(?:e|ing)|undo(?:ing)?|reinstat(?:e|ing)|"
    r"(?:put|take|bring|set|switch|move)(?:ting|ing)?\s+(?:\S+\s+){0,3}?back)\s+"
    r"(?:\S+\s+){0,3}?(?:to|on|at))\b"
)
# "we need 5, we have 10", "it's running 4", "currently at 6", "from 10 to 5".
_STATED = re.compile(
    r"\b(?:we\s+have|we've\s+got|we\s+got|there\s+are|currently(?:\s+(?:at|running|on|has|have))?|"
    r"(?:it|they)(?:'s|'re|\s+is|\s+are)\s+(?:at|running|on)|from)\s+(\d{1,4})\b"
    r"(?!\s*(?:m\b|mi\b|gi\b|%|\.\d|:|[a-z]{1,2}\b(?<!to)))"
    # Round 39 (oa44, attack44): "we have 10 customers waiting", "there are 5 errors a minute",
    # "we have 2 AZs": a count of another thing, never of the workload's replicas.
    r"(?!\s+(?!(?:replicas?|pods?|instances?|copies|containers|running|up|live|now|already|"
    r"currently|today|of|in|on|at|and|or|but|so|then|to|for|with|ready|healthy|"
    # (Never a count of what may be the pods' ("we have 3 workers"), nor a time ("2 hours").)
    r"workers?|processes|threads|dynos?|tasks?|members?|seconds?|secs?|minutes?|mins?|hours?|"
    r"hrs?|days?|weeks?|months?)\b)"
    r"[a-z][a-z\-]*[a-z](?![\w\-])(?!\s+(?:replicas?|pods?|instances?|copies)\b))"
)
_NO_DOWNTIME = re.compile(
    r"\b(?:zero|no|without(?:\s+any)?)[\s-]+(?:downtime|outage|interruption)\b"
)
_KEEP_LIMITS = re.compile(
    r"\b(?:leave|keep|keeping|don't\s+touch|do\s+not\s+touch|not\s+touch|without\s+touching|"
    r"preserve)\s+(?:the\s+|its\s+|their\s+)?(?:(?P<of>memory|cpu)\s+)?limits?\b|"
    r"\blimits?\s+(?:unchanged|untouched|alone|as\s+(?:it\s+is|they\s+are|is))\b"
)
_DATABASES = re.compile(
    r"(?:^|/)(?:postgres|postgresql|mysql|mariadb|mongo|mongodb|redis|cassandra|"
    r"elasticsearch|etcd|zookeeper|kafka|clickhouse|cockroach\w*)(?::|@|$)"
)
# "double postgres", "one more postgres": a count relative to the live one.
_RELATIVE = re.compile(
    r"\b(?:double|doubled|doubling|triple|tripled|quadruple|twice|halve|half|more|another|"
    r"extra|add|adding|by\s+\d+|x\d+|\d+x)\b"
)
# The speaker names the kind ("the redis statefulset", "kubectl autoscale statefulset …"): they
# know it is a StatefulSet, and its autoscaling or scaling is what they ask for.
_KIND_SAID = re.compile(r"\b(?:statefulsets?|sts)\b")
_REPLICATES = re.compile(r"\breplicat(?:e|es|ed|ing|ion)\b", re.I)
_RESOURCE_WORDS = {"memory": r"\b(?:memory|mem|ram)\b", "cpu": r"\b(?:cpus?|cores?)\b"}
_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve").split()


def check(ctx: Ctx, plan: PlanResult) -> None:
    """Raise :class:`Clarify` when a direction or a current value said contradicts the plan."""
    text = ctx.text
    for op in plan.operations:
        live = _live(ctx, op.target)
        if live is None:
            continue
        if isinstance(op, ScaleOp):
            _scale(text, op, live)
        elif isinstance(op, SetImageOp):
            _image(text, op, live)
        elif isinstance(op, PatchOp) and isinstance(op.patch, dict):
            _resources(text, op, live)
        if isinstance(op, (SetImageOp, PatchOp)):
            _downtime(text, op, live, plan)
        if isinstance(op, ApplyOp) and op.target.kind == "HorizontalPodAutoscaler":
            _autoscaled_database(ctx, op)
            _ceiling_below_live(ctx, op)


def scales_database(ctx: Ctx, plan: PlanResult) -> bool:
    """Whether ``plan`` scales a StatefulSet that runs a database (its image, as above)."""
    return any(
        isinstance(op, ScaleOp)
        and op.target.kind == "StatefulSet"
        and (live := _live(ctx, op.target)) is not None
        and _database(live)
        for op in plan.operations
    )


def _live(ctx: Ctx, target: Target) -> Json | None:
    if target.kind in ("Deployment", "StatefulSet"):
        return ctx.get(target.kind, target.name, "apps/v1")
    return {} if target.kind == "HorizontalPodAutoscaler" else None


def _replicas(live: Json) -> int:
    return int((live.get("spec") or {}).get("replicas", 1) or 0)


def _direction(text: str, down: re.Pattern[str], up: re.Pattern[str]) -> str | None:
    said_down, said_up = bool(down.search(text)), bool(up.search(text))
    if said_down == said_up:
        return None  # none said, or both (a compound request): nothing one-way to check
    return "down" if said_down else "up"


def _scale(text: str, op: ScaleOp, live: Json) -> None:
    now = _replicas(live)
    name = op.target.describe()
    direction = _direction(text, _DOWN, _UP)
    if (direction == "down" and op.replicas > now) or (direction == "up" and op.replicas < now):
        raise Clarify(
            f"You said to scale {direction}, but {name} runs {now} now, so {op.replicas} "
            f"would scale it {'up' if op.replicas > now else 'down'}. Which do you mean: "
            f"{op.replicas} replicas, or a number {'below' if direction == 'down' else 'above'} "
            f"{now}?"
        )
    for m in _STATED.finditer(text):
        stated = int(m.group(1))
        if stated not in (now, op.replicas):
            raise Clarify(
                f"You said {m.group(0)!r}, but {name} runs {now} replicas now, not {stated}. "
                f"Should I still scale it to {op.replicas}? Check the workload named, or say "
                f"'scale {op.target.name} to {op.replicas}'."
            )
    if (
        op.target.kind == "StatefulSet"
        and _database(live)
        and _RELATIVE.search(text)
        and not _KIND_SAID.search(text)
        and not _said(text, op.replicas)
    ):
        raise Clarify(
            f"{name} runs a database; I would scale it from {now} to {op.replicas}, a number you "
            "did not say. Its replicas are not interchangeable copies (an extra pod is a new, "
            "empty member unless the database replicates). Say the exact replica count if the "
            "database is set up to replicate, or scale its clients instead."
        )


def _said(text: str, number: int) -> bool:
    if rx(rf"(?<![\d.]){number}(?![\d.])").search(text):
        return True
    return number < len(_SMALL) and rx(rf"\b{_SMALL[number]}\b").search(text) is not None


def _database(live: Json) -> bool:
    spec = ((live.get("spec") or {}).get("template") or {}).get("spec") or {}
    return any(_DATABASES.search(str(c.get("image", ""))) for c in spec.get("containers") or [])


def _version(image: str) -> tuple[int, ...] | None:
    tag = image.rsplit(":", 1)[1] if ":" in image.rsplit("/", 1)[-1] else ""
    m = rx(r"v?(\d+(?:\.\d+)*)").match(tag)
    return tuple(int(p) for p in m.group(1).split(".")) if m else None


def _image(text: str, op: SetImageOp, live: Json) -> None:
    direction = _direction(_UPGRADE_REPORTED.sub(" ", text), _DOWNGRADE, _UPGRADE)
    if direction is None:
        return
    spec = ((live.get("spec") or {}).get("template") or {}).get("spec") or {}
    current = next((c for c in spec.get("containers") or [] if c.get("name") == op.container), None)
    if current is None:
        return
    old, new = _version(str(current.get("image", ""))), _version(op.image)
    if old is None or new is None:
        return
    width = max(len(old), len(new))
    old, new = old + (0,) * (width - len(old)), new + (0,) * (width - len(new))
    if (direction == "up" and new < old) or (direction == "down" and new > old):
        word = "upgrade" if direction == "up" else "downgrade"
        if (said := (_UPGRADE if direction == "up" else _DOWNGRADE).search(text)) and not rx(
            r"(?:up|down)grad\w*|bump\w*"
        ).match(said.group(0)):
            word = f"{said.group(0)!r} ({'an' if direction == 'up' else 'a'} {word})"
        raise Clarify(
            f"You said {word}, but {op.target.describe()} runs {current.get('image')} now, so "
            f"{op.image} would be {'older' if new < old else 'newer'}. Which version do you "
            f"mean? Say e.g. 'set {op.target.name} image to {op.image}' if that is it."
        )


def _containers(patch: Json) -> list[Json]:
    spec = ((patch.get("spec") or {}).get("template") or {}).get("spec") or {}
    return [c for c in spec.get("containers") or [] if isinstance(c, dict)]


def _amount(quantity: object) -> float | None:
    m = rx(r"(\d+(?:\.\d+)?)(m|k|M|G|T|Ki|Mi|Gi|Ti)?").fullmatch(str(quantity).strip())
    return float(m.group(1)) * QUANTITY_SUFFIXES[m.group(2) or ""] if m else None


def _resources(text: str, op: PatchOp, live: Json) -> None:
    assert isinstance(op.patch, dict)
    direction = _direction(text, _DOWN, _UP)
    keep_limits = _KEEP_LIMITS.search(text)
    said_limit = rx(r"\blimits?\b").search(text) and not keep_limits
    now = {c.get("name"): c.get("resources") or {} for c in _containers(live)}
    named = {r for r, word in _RESOURCE_WORDS.items() if rx(word).search(text)}
    for container in _containers(op.patch):
        resources = container.get("resources") or {}
        before = now.get(container.get("name")) or {}
        kept = keep_limits.group("of") if keep_limits else None
        changed = {
            r: v
            for r, v in (resources.get("limits") or {}).items()
            if (kept in (None, r)) and v != (before.get("limits") or {}).get(r)
        }
        if keep_limits and changed:
            raise Clarify(
                f"You said {keep_limits.group(0)!r}, but the plan would set the limits of "
                f"{op.target.describe()} to {changed} (now "
                f"{before.get('limits') or 'none'}). Should I change the limits too, or only "
                "the request (a request cannot be above its limit)?"
            )
        kind = "limits" if said_limit or "requests" not in resources else "requests"
        for resource, quantity in (resources.get(kind) or {}).items():
            if named and resource not in named:
                continue  # "raise the cpu to 2, memory as it is": only the resource said
            new, old = _amount(quantity), _amount((before.get(kind) or {}).get(resource))
            if direction is None or new is None or old is None or new == old:
                continue
            if (direction == "down") != (new < old):
                now_said = (before.get(kind) or {}).get(resource)
                raise Clarify(
                    f"You said to {'lower' if direction == 'down' else 'raise'} the {resource} "
                    f"{kind.rstrip('s')} of {op.target.describe()}, but it is {now_said} now, so "
                    f"{quantity} would {'raise' if new > old else 'lower'} it. Which value do "
                    "you mean?"
                )


def _downtime(text: str, op: SetImageOp | PatchOp, live: Json, plan: PlanResult) -> None:
    if not _NO_DOWNTIME.search(text) or op.target.kind != "StatefulSet":
        return
    if isinstance(op, PatchOp) and not (isinstance(op.patch, dict) and _containers(op.patch)):
        return
    replicas = _replicas(live)
    for other in plan.operations:
        if isinstance(other, ScaleOp) and other.target.key == op.target.key:
            replicas = max(replicas, other.replicas)
    if replicas <= 1:
        raise Clarify(
            f"You asked for no downtime, but {op.target.describe()} runs a single pod: "
            f"changing its pod template ({op.summary()}) restarts that pod, so it will be down "
            "for a while. Accept a short outage (say so), or plan a replica/failover first."
        )


def _autoscaled_database(ctx: Ctx, op: ApplyOp) -> None:
    ref = (op.manifest.get("spec") or {}).get("scaleTargetRef") or {}
    if ref.get("kind") != "StatefulSet":
        return
    live = ctx.get("StatefulSet", str(ref.get("name", "")), "apps/v1")
    # (Naming its kind, "autoscale statefulset/postgres", says nothing of replication: asked
    # unless the words say the database replicates.)
    if live is not None and _database(live) and not _REPLICATES.search(ctx.text):
        raise Clarify(
            f"statefulset/{ref.get('name')} runs a database: an autoscaler would add and "
            "remove its pods with load, and each new pod is a new, empty member unless the "
            "database replicates. Should I autoscale it anyway? Say the replica range and that "
            "it replicates, or autoscale its clients instead."
        )


def _ceiling_below_live(ctx: Ctx, op: ApplyOp) -> None:
    """ "autoscale frontend max 2" while it runs 3: the autoscaler would scale it down at once,
    a reduction the words do not say (a down word said, it is what was asked)."""
    spec = op.manifest.get("spec") or {}
    ref = spec.get("scaleTargetRef") or {}
    ceiling = spec.get("maxReplicas")
    if ref.get("kind") not in ("Deployment", "StatefulSet") or not isinstance(ceiling, int):
        return
    live = ctx.get(str(ref["kind"]), str(ref.get("name", "")), "apps/v1")
    if live is None or _DOWN.search(ctx.text):
        return
    now = _replicas(live)
    if ceiling < now:
        raise Clarify(
            f"{ref['kind'].lower()}/{ref.get('name')} runs {now} now; an autoscaler with at "
            f"most {ceiling} would scale it down to {ceiling} at once. Is that meant? Say "
            f"'scale it down to {ceiling} and autoscale' or a maximum of {now} or more."
        )
