"""The offline planner: deterministic rules for the intents people type most, no API key needed.

It reads the live state through the read-only :class:`~dotop_nb.ports.ClusterReader` and answers
with typed operations, or with a specific question when the intent is ambiguous (two workloads
match, a number is missing, the container is unclear) — it never guesses what to change.

Handled now: scale (to N, by N, double, halve), update image / version, roll back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from dotop_nb.models import (
    WORKLOAD_KINDS,
    RolloutUndoOp,
    ScaleOp,
    SetImageOp,
    Target,
)
from dotop_nb.ports import ClusterReader, PlanRequest, PlanResult

Json = dict[str, Any]

_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
_STOP = frozenset(
    """a an the to of for in on at by and or with my our your its it this that please now
    scale scaled scaling replicas replica pods pod instances instance up down set change make
    update upgrade downgrade deploy roll rollback back undo revert previous last version image
    tag release revision deployment statefulset daemonset app application service container
    more fewer less times double halve triple new old run running from into as is be should
    increase decrease reduce bump use latest namespace""".split()
)
_IMAGE = re.compile(
    r"(?<![\w.-])([a-z0-9][a-z0-9._\-/]*(?::[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}|@sha256:[a-f0-9]{64}))(?![\w.-])"
)
_VERSION = re.compile(r"\b(?:version|tag|release|to)\s+(v?\d+(?:\.\d+){0,3}(?:-[A-Za-z0-9.]+)?)\b")
_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "zero": 0,
}


class _Clarify(Exception):
    def __init__(self, question: str) -> None:
        self.question = question
        super().__init__(question)


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return _WORDS.get(text)


class OfflinePlanner:
    """Rules over the intent text and the live state. See the module docstring."""

    name = "offline"
    model: str | None = None

    def plan(self, request: PlanRequest, cluster: ClusterReader) -> PlanResult:
        intent = " ".join([request.intent, *request.refinements]).strip()
        text = intent.lower()
        rules: list[tuple[str, Callable[[str, str, PlanRequest, ClusterReader], PlanResult]]] = [
            (r"\b(roll\s*back|rollback|undo|revert)\b", self._rollback),
            (r"\b(scale|replicas?|instances?)\b", self._scale),
            (r"\b(image|version|upgrade|update|deploy|downgrade|tag|release)\b", self._image),
        ]
        for pattern, rule in rules:
            if re.search(pattern, text):
                try:
                    return rule(intent, text, request, cluster)
                except _Clarify as ask:
                    return PlanResult(question=ask.question, category=rule.__name__.strip("_"))
        return PlanResult(
            category="unknown",
            question=(
                f"The offline planner does not know how to do {request.intent!r} yet. It handles "
                "scaling ('scale my-api to 5'), image updates ('update my-api to nginx:1.27') "
                "and rollbacks ('roll back my-api'). Rephrase, or use the AI planner."
            ),
        )

    # ------------------------------------------------------------------------ targets
    def _target(
        self, text: str, request: PlanRequest, cluster: ClusterReader
    ) -> tuple[Target, Json]:
        """The one workload the intent names, found by exact name, then by ``app`` label."""
        candidates = [
            t
            for t in re.findall(r"[a-z0-9][-a-z0-9]*", text)
            if t not in _STOP and _NAME.match(t) and not t.isdigit() and t not in _WORDS
        ]
        found: dict[str, tuple[Target, Json]] = {}
        for token in dict.fromkeys(candidates):
            for kind in WORKLOAD_KINDS:
                target = Target(kind=kind, name=token, namespace=request.namespace)
                obj = cluster.get(target)
                if obj is not None:
                    found[target.key] = (target, obj)
        if not found:
            for token in dict.fromkeys(candidates):
                for kind in WORKLOAD_KINDS:
                    for obj in cluster.list_objects(
                        "apps/v1", kind, request.namespace, label_selector=f"app={token}", limit=5
                    ):
                        target = Target.of(obj)
                        found[target.key] = (target, obj)
        if len(found) == 1:
            return next(iter(found.values()))
        if not found:
            named = ", ".join(repr(c) for c in candidates) or "no workload name"
            raise _Clarify(
                f"Which workload? I found no Deployment, StatefulSet or DaemonSet named "
                f"{named} (or labelled app=…) in namespace {request.namespace!r}."
            )
        options = ", ".join(t.describe() for t, _ in found.values())
        raise _Clarify(f"Which one did you mean: {options}? Name it exactly.")

    # ------------------------------------------------------------------------ scale
    def _scale(
        self, intent: str, text: str, request: PlanRequest, cluster: ClusterReader
    ) -> PlanResult:
        target, obj = self._target(text, request, cluster)
        if target.kind == "DaemonSet":
            raise _Clarify(
                f"{target.describe()} is a DaemonSet: it runs one pod per node and "
                "cannot be scaled. Did you mean another workload?"
            )
        current = int((obj.get("spec") or {}).get("replicas", 1))
        replicas: int | None = None
        # A refinement ("use 4 instead") overrides the number of the original intent.
        for said in [*reversed(request.refinements), request.intent]:
            replicas = self._replicas(said.lower(), current)
            if replicas is not None:
                break
        if replicas is None:
            raise _Clarify(
                f"How many replicas should {target.describe()} run? It runs {current} now. "
                "Say e.g. 'scale to 5' or 'by 2'."
            )
        return self._scale_result(intent, target, obj, current, replicas)

    @staticmethod
    def _replicas(text: str, current: int) -> int | None:
        number = r"(\d+|" + "|".join(_WORDS) + r")"
        replicas: int | None = None
        if m := re.search(rf"\b(?:by|add|plus)\s+{number}\b|\b{number}\s+more\b", text):
            replicas = current + (_number(m.group(1) or m.group(2)) or 0)
        elif m := re.search(
            rf"\b{number}\s+(?:fewer|less)\b|\b(?:remove|minus)\s+{number}\b", text
        ):
            replicas = current - (_number(m.group(1) or m.group(2)) or 0)
        elif re.search(r"\bdouble\b", text):
            replicas = current * 2
        elif re.search(r"\btriple\b", text):
            replicas = current * 3
        elif re.search(r"\bhalve\b|\bhalf\b", text):
            replicas = max(1, current // 2)
        else:
            absolute = (
                rf"\b(?:to|=|at)\s+{number}\b",
                rf"\b{number}\s+(?:replicas?|instances?|pods?|copies)\b",
                rf"\b(?:use|make\s+it|try|go\s+with)\s+{number}\b",
                rf"\b{number}\s+instead\b",
            )
            for pattern in absolute:
                if m := re.search(pattern, text):
                    return _number(m.group(1))
        return replicas

    def _scale_result(
        self, intent: str, target: Target, obj: Json, current: int, replicas: int
    ) -> PlanResult:
        if replicas < 0:
            raise _Clarify(
                f"{target.describe()} runs {current} replicas; that would be "
                f"{replicas}. How many should it run?"
            )
        risks = []
        if replicas == 0:
            risks.append("0 replicas: nothing will serve traffic until it is scaled up again")
        elif replicas < current:
            risks.append(f"capacity drops by {round(100 * (current - replicas) / current)}%")
        ready = int((obj.get("status") or {}).get("readyReplicas", 0))
        return PlanResult(
            category="scale",
            operations=[
                ScaleOp(target=target, replicas=replicas, reason=f"requested: {intent.strip()}")
            ],
            analysis=(
                f"{target.describe()} runs {current} replicas ({ready} ready). "
                f"Scale it to **{replicas}** through its scale subresource."
            ),
            risks=risks,
            validation_plan=[f"{target.describe()} reports {replicas} ready, updated replicas"],
            targets=[target],
        )

    # ------------------------------------------------------------------------ image
    def _image(
        self, intent: str, text: str, request: PlanRequest, cluster: ClusterReader
    ) -> PlanResult:
        target, obj = self._target(text, request, cluster)
        template = ((obj.get("spec") or {}).get("template") or {}).get("spec") or {}
        containers = template.get("containers") or []
        names = [c["name"] for c in containers]
        chosen = (
            [
                n
                for n in names
                if re.search(rf"\b(?:container\s+)?{re.escape(n)}\b", text) and n != target.name
            ]
            if len(names) > 1
            else names
        )
        if len(chosen) != 1:
            raise _Clarify(
                f"{target.describe()} has containers {', '.join(names)}: which one should change? "
                "Say e.g. 'set image of container api in my-api to …'."
            )
        container = next(c for c in containers if c["name"] == chosen[0])
        current_image = str(container.get("image", ""))
        image = None
        for said in [*reversed(request.refinements), request.intent]:
            if m := _IMAGE.search(said):
                image = m.group(1)
            elif m := _VERSION.search(said) or re.search(
                r"\b(?:use|try)\s+(v?\d+(?:\.\d+){0,3}(?:-[A-Za-z0-9.]+)?)\b", said
            ):
                repo = current_image.split("@", maxsplit=1)[0]
                repo = repo.rsplit(":", 1)[0] if ":" in repo.rsplit("/", 1)[-1] else repo
                image = f"{repo}:{m.group(1)}"
            if image:
                break
        if image is None:
            raise _Clarify(
                f"Which image or version should {target.describe()} run? It runs "
                f"{current_image} now. Say e.g. 'update {target.name} to version 1.2.3'."
            )
        risks = []
        if not container.get("readinessProbe"):
            risks.append(
                f"container {chosen[0]} has no readiness probe: a broken version "
                "would be counted as ready"
            )
        return PlanResult(
            category="update",
            operations=[
                SetImageOp(
                    target=target,
                    container=chosen[0],
                    image=image,
                    reason=f"requested: {intent.strip()}",
                )
            ],
            analysis=(
                f"Container `{chosen[0]}` of {target.describe()} runs `{current_image}`. "
                f"Roll it to `{image}` with the workload's update strategy."
            ),
            risks=risks,
            validation_plan=[
                f"{target.describe()} rolls out with image {image}",
                "no pod of the new template in ImagePullBackOff or CrashLoopBackOff",
            ],
            targets=[target],
        )

    # ------------------------------------------------------------------------ rollback
    def _rollback(
        self, intent: str, text: str, request: PlanRequest, cluster: ClusterReader
    ) -> PlanResult:
        target, obj = self._target(text, request, cluster)
        history = cluster.history(target)
        if target.kind == "Deployment":
            revisions = {
                int(
                    h["metadata"].get("annotations", {}).get("deployment.kubernetes.io/revision", 0)
                ): h
                for h in history
            }
            current = int(
                obj["metadata"].get("annotations", {}).get("deployment.kubernetes.io/revision", 0)
            )
        else:
            revisions = {int(h.get("revision", 0)): h for h in history}
            current = max(revisions, default=0)
        wanted: int | None = None
        if m := re.search(r"\brevision\s+(\d+)\b", text):
            wanted = int(m.group(1))
            if wanted not in revisions:
                raise _Clarify(
                    f"{target.describe()} has revisions {', '.join(map(str, sorted(revisions)))}; "
                    f"there is no revision {wanted}. Which one?"
                )
            if wanted == current:
                raise _Clarify(f"{target.describe()} already runs revision {wanted}.")
        else:
            older = [r for r in revisions if r < current]
            if not older:
                raise _Clarify(
                    f"{target.describe()} has only revision {current}: there is nothing to roll "
                    "back to."
                )
            wanted = max(older)
        source = revisions[wanted]
        images = ""
        if target.kind == "Deployment":
            images = ", ".join(
                c.get("image", "?") for c in source["spec"]["template"]["spec"]["containers"]
            )
        return PlanResult(
            category="rollback",
            operations=[
                RolloutUndoOp(
                    target=target, to_revision=wanted, reason=f"requested: {intent.strip()}"
                )
            ],
            analysis=(
                f"{target.describe()} is at revision {current}. Restore revision {wanted}"
                + (f" (images: {images})" if images else "")
                + "."
            ),
            validation_plan=[f"{target.describe()} rolls out with revision {wanted}'s template"],
            targets=[target],
        )
