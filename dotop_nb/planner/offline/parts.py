"""Removing a part FROM a workload is never a delete of the workload.

"remove the envoy sidecar from orders" once deleted Deployment orders with its PDB and
ConfigMap: the delete rule found the workload name and took the rest as noise. A container,
sidecar, variable, probe, limit, annotation, label, volume or port taken "from", "off", "out of"
or "on" a workload — or said as the workload's part ("orders' envoy", "the envoy container of
orders", "strip orders of envoy") — is a change to the pod template. :func:`removal` reads it
before the delete rule does:

- a container of the workload that is named (and is not its only container) is removed by a
  JSON patch that first tests the name at that index, so a template changed in between fails
  the dry-run instead of removing another container;
- any other part is asked about, naming it: nothing is deleted on such a sentence.

Example::

    removal(ctx)  # "drop the envoy sidecar from orders" -> one json patch, or a Clarify
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.models import PatchOp, Target
from dotop_nb.planner.offline import partoff
from dotop_nb.planner.offline.context import Clarify, Ctx, containers
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
# Nouns that name a part of a pod template, never an object of its own.
PART = re.compile(
    r"\b(?:(?:side-?car|init[- ]?)?containers?|side-?cars?|proxy|proxies|agents?|"
    r"env(?:ironment)?(?:\s+var(?:iable)?s?)?|var(?:iable)?s?|probes?|liveness|readiness|"
    r"limits?|requests?|resources?|annotations?|labels?|volumes?|mounts?|volumemounts?|ports?|"
    r"tolerations?|affinity|node ?selector|security ?context|capabilit(?:y|ies)|args?|"
    r"command|hooks?|lifecycle|image ?pull ?secrets?|service ?account|taints?)\b"
)
# "from orders", "off orders", "out of orders", "on orders", "orders'" / "orders's".
_FROM = r"\b(?:from|off|out\s+of|on|in|inside|within)\s+(?:the\s+)?(?:{kinds}\s+)?{name}\b"
_KINDS = r"(?:deployment|deploy|statefulset|sts|daemonset|ds|workload|app|pods?)"
_WORKLOAD_KINDS = r"(?:deployment|deploy|statefulset|sts|daemonset|ds)s?"
_OWNED = r"\b{name}(?:'s?|\s+(?:side-?car|container|pod)s?)\b|\bstrip\s+(?:the\s+)?{name}\s+of\b"


# Words after a container's name that still name the container ("the envoy sidecar").
_CONTAINER_WORDS = frozenset(
    "container containers sidecar sidecars side-car side-cars proxy proxies agent agents "
    "image process".split()
)


# Verbs whose particle is "off" and whose object is the workload ("kill off my-api").
_OFF_VERB = re.compile(r"\b(?:kill|finish|write)\s+$")


def _word(name: str) -> str:
    """``name`` as a whole word: "api" is not said in "my-api"."""
    return rf"(?<![\w\-./]){re.escape(name)}(?![\w\-/]|\.\w)"


def _said_as_part(text: str, name: str) -> bool:
    """Whether ``text`` names something taken from the workload ``name``, not ``name`` itself."""
    escaped = re.escape(name)
    if rx(_OWNED.format(name=escaped)).search(text):
        return True
    m = rx(_FROM.format(kinds=_KINDS, name=escaped)).search(text)
    if m is None or (rx(r"off\b").match(m.group(0)) and _OFF_VERB.search(text[: m.start()])):
        return False  # "kill off my-api": the verb's particle, the workload itself
    # "delete orders from the namespace" has the name before the preposition: that is the
    # workload itself. A part is something else said before it.
    before = rx(r"[^\w\-\s]").sub(" ", text[: m.start()]).split()
    return bool(before) and name not in before


def removal(ctx: Ctx, text: str | None = None) -> PlanResult | None:
    """The plan (or question) for removing a part of a named workload; None when the sentence
    takes nothing from a workload (then it may be a delete)."""
    text = ctx.text if text is None else text
    try:
        named = ctx.workloads(text)
    except Clarify:
        # The delete rule reads its own words ("… alone", "but keep its service") first.
        return None
    # "drop the cache proxy": a workload named with its only container after its name is
    # named by what it runs (that container cannot be removed from it), as in "the cache proxy
    # deployment" — neither a part of it nor of another workload of the same name.
    plain, described = text, set()
    for target, obj in named:
        only = [c.get("name", "") for c in containers(obj)]
        # ("the cache deployment (the proxy)", "cache, i.e. the proxy": its one container said
        # in apposition, what the workload is.)
        phrase = (
            _word(target.name)
            + rf"(?:\s+{_WORKLOAD_KINDS})?\s*(?:\s|\(\s*|[,\u2014\u2013]\s*|\s-\s*)"
            + r"(?:(?:i\.?e\.?|aka|a\.k\.a\.|that\s+is|the|our)[,\s]+)*"
            # ("the cache deployment (cache-proxy)": its name and its container, glued.)
            + rf"(?:{_word(target.name + '-' + only[0])}|{_word(only[0])})"
            + r"\s*\)?"
            if len(only) == 1
            else ""
        )
        if phrase and only[0] != target.name and rx(phrase).search(plain):
            plain = rx(phrase).sub(" ", plain)
            described.add(only[0])
        # Round 31 (gap34b): "the stage-map proxy (deploy/cache)", "the proxy (the cache
        # deployment)": its one container said first, the workload in brackets after it — the
        # same apposition the other way round.
        before = (
            rf"{_word(only[0])}\s*\(\s*(?:the\s+)?(?:{_WORKLOAD_KINDS}(?:/|\s+))?"
            + rf"{re.escape(target.name)}(?![\w\-/])(?:\s+{_WORKLOAD_KINDS})?\s*\)"
            if len(only) == 1 and only[0] != target.name
            else ""
        )
        if before and rx(before).search(plain):
            plain = rx(before).sub(" ", plain)
            described.add(only[0])
    for target, obj in named:
        names = [c.get("name", "") for c in containers(obj)]
        # "the cache proxy deployment": a container's name before a workload kind describes
        # the workload (what it runs), never a part taken from it; so does it before the
        # workload's own name and kind (round 34, gap37c: "the redis cache statefulset is NOT to
        # be touched").
        described_by = rf"\s+(?:{re.escape(target.name)}(?![\w\-/])\s+)?{_WORKLOAD_KINDS}\b"
        said = [
            c
            for c in names
            if c != target.name
            and rx(_word(c)).search(text)
            and not rx(_word(c) + described_by).search(text)
        ]
        if said == names and said[0] in described:
            said = []  # "drop the cache proxy": cache itself, by what it runs
        rest = rx(_word(target.name)).sub(" ", plain)
        part = PART.search(rx(rf"(?:{PART.pattern})\s+{_WORKLOAD_KINDS}\b").sub(" ", rest))
        if not (said or part or _said_as_part(text, target.name)):
            continue
        kind_of_part = part.group(0) if part else ""
        is_container = not part or rx(r"container|side-?car|proxy|agent").search(kind_of_part)
        if len(said) == 1 and is_container:
            # "remove the orders envoy alert": the container's name with words after it that
            # are not the container's is a part of it (an alert), never the container itself.
            after = rx(_word(said[0]), re.I).search(text)
            left = partoff.unread(text[after.end() :], _CONTAINER_WORDS) if after else []
            if left:
                raise Clarify(
                    f"I did not understand {' '.join(left)!r} after {said[0]!r} (a container "
                    f"of {target.describe()}): I never remove the container for a part of it. "
                    f"To remove the container type 'remove the {said[0]} container from "
                    f"{target.name}'; to change something else, name it by its kind and name."
                )
            return _remove_container(ctx, target, names, said[0])
        what = said[0] if said else kind_of_part or "that part"
        raise Clarify(
            f"I read {what!r} as a part of {target.describe()}, not the workload: removing it "
            f"is never a delete of {target.name}. Say which container, variable, probe or "
            f"field to take out (its containers: {', '.join(names)}), e.g. 'remove env NAME "
            f"from {target.name}'; to delete the workload, ask 'delete {target.name}' alone."
        )
    return None


def _remove_container(ctx: Ctx, target: Target, names: list[str], name: str) -> PlanResult:
    if len(names) == 1:
        raise Clarify(
            f"{name!r} is the only container of {target.describe()}: a pod needs one. To stop "
            f"it say 'scale {target.name} to 0', or 'delete {target.name}'."
        )
    index = names.index(name)
    path = f"/spec/template/spec/containers/{index}"
    patch: list[Json] = [
        {"op": "test", "path": f"{path}/name", "value": name},
        {"op": "remove", "path": path},
    ]
    return PlanResult(
        category="delete",
        operations=[
            PatchOp(
                target=target,
                patch_type="json",
                patch=patch,
                reason=f"remove container {name!r}; the workload and the rest stay",
            )
        ],
        analysis=(
            f"Remove container {name!r} from {target.describe()} (it keeps "
            f"{', '.join(n for n in names if n != name)}). Nothing is deleted; the pods are "
            "replaced by a rollout."
        ),
        risks=[
            f"traffic or features that went through {name!r} stop when the new pods start",
            "undo by rolling back the workload to the previous revision",
        ],
        targets=[target],
        validation_plan=[f"{target.describe()} rolls out without container {name!r}"],
    )
