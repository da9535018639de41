"""Resource changes whose plan sets another field than the one said: asked.

Reads the newest words of the request, the planned operations and the live containers of the
workloads they patch:

- a field named with a value of another kind: "set the cpu limit of my-api to 512Mi" planned as
  the memory limit, "give payments a cpu request of 256Mi", or a memory field planned as cpu;
  "set the cpu request of my-api to 5 replicas" planned as a scale to 5;
- a byte quantity said for cpu ("give my-api 512Mi of cpu", "set my-api's cpu to 1Gi", "my-api
  cpu 512Mi", "2Gi cpu"), or a cpu quantity for memory ("raise my-api memory to 250
  millicores", "500m of memory"): the two contradict, so the plan (of either field) is asked;
- Guaranteed QoS ("make my-api QoS Guaranteed, 200m cpu", "requests 200m and limits 400m",
  "limits equal to requests") whose plan leaves a patched container with a request unlike its
  limit: Guaranteed is requests = limits, so two values, or a request above its limit, are
  asked;
- a container said before the field ("the envoy memory limit of payments") that the workload
  does not run, or that is not the one patched.

Example::

    check(ctx, "set the cpu limit of my-api to 512Mi", plan)  # raises Clarify
"""

from __future__ import annotations

import json
import re
from typing import Any

from dotop_nb.planner.offline.context import Clarify, Ctx, containers
from dotop_nb.planner.offline.quantities import cores_or_bytes
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
_CPU = r"(?:cpus?|vcpus?|cores?|millicores?)"
_MEMORY = r"(?:memory|mem|ram)"
_FIELD = r"(?:requests?|limits?)"
# "the cpu limit", "cpu request", "cpu requests": the field said by its resource.
_CPU_FIELD = re.compile(rf"\bcpu\s+{_FIELD}\b|\b{_FIELD}\s+(?:of|for|on)\s+cpu\b", re.I)
_MEMORY_FIELD = re.compile(
    rf"\b{_MEMORY}\s+{_FIELD}\b|\b{_FIELD}\s+(?:of|for|on)\s+{_MEMORY}\b", re.I
)
# "the cpu request of my-api to 5 replicas", "a cpu request of 5 pods": the field's value said.
_FIELD_VALUE = re.compile(
    rf"\b(?:cpu|{_MEMORY})\s+{_FIELD}\b(?:\s+(?:of|on|for|in)\s+(?:the\s+)?[\w\-]+)?\s*"
    r"(?:to|=|:|at|of|is)?\s*(?P<n>\d+)\s*(?:replicas?|pods?|instances?|copies)?\b",
    re.I,
)
# "make it Guaranteed", "QoS Guaranteed", "limits equal to requests" (as sizing reads them).
_GUARANTEED = re.compile(
    r"\bguaranteed\b|\b(?:requests?|limits?)\s+(?:equal|=|==|match|the same as)\b", re.I
)


def _resources(op: Any) -> dict[str, Json]:
    """The resources a patch sets, by container name (empty for anything else)."""
    if getattr(op, "kind", "") != "patch" or not isinstance(op.patch, dict):
        return {}
    spec = ((op.patch.get("spec") or {}).get("template") or {}).get("spec") or {}
    return {
        str(c.get("name")): c["resources"]
        for c in spec.get("containers") or []
        if isinstance(c, dict) and isinstance(c.get("resources"), dict)
    }


def _kinds_set(plan: PlanResult) -> set[str]:
    """'cpu' and/or 'memory': the resources the plan's patches set or remove."""
    found: set[str] = set()
    for op in plan.operations:
        for res in _resources(op).values():
            for part in res.values():
                if isinstance(part, dict):
                    found |= {k for k in part if k in ("cpu", "memory")}
    return found


def _another_kind(said: str, plan: PlanResult) -> None:
    """A cpu field said, the plan setting memory only (or the other way round): asked."""
    kinds = _kinds_set(plan)
    cpu, memory = _CPU_FIELD.search(said), _MEMORY_FIELD.search(said)
    if kinds == {"memory"} and cpu and not rx(rf"\b{_MEMORY}\b", re.I).search(said):
        wrong, right = cpu.group(0), "memory"
    elif kinds == {"cpu"} and memory and not rx(rf"\b{_CPU}\b", re.I).search(said):
        wrong, right = memory.group(0), "cpu"
    else:
        return
    raise Clarify(
        f"You said {wrong!r}, but the value said with it is a {right} quantity: the plan "
        f"would set the {right} instead. Which one is meant, and with which value (e.g. "
        "'cpu limit 500m' or 'memory limit 512Mi')?"
    )


# A byte quantity ("512Mi", "1Gi", "512MB", "2 GiB", "1G": a capital M is mega) and a cpu one
# ("250m", "250 millicores", "2 cores", "1 vcpu"); the case of "m"/"M" is read in the code.
_BYTES = r"\d+(?:\.\d+)?\s?(?:[kmgtp]i(?:b)?|[kmgtp]b|[kgtp]|m)(?![\w.])"
_CPUS = r"\d+(?:\.\d+)?\s?(?:m|milli\s?cores?|millicpus?|cores?|v?cpus?)(?![\w.])"
_CPU_WORD = r"(?:v?cpus?|(?:milli)?cores?)"
# What may stand between a field's word and its value: "cpu to 512Mi", "cpu of 512Mi", "cpu
# request = 1Gi", "memory up to 250 millicores", "a cpu of 512Mi", "the cpu of worker to 768Mi".
_TO = (
    r"(?:'s)?(?:\s+(?:requests?|limits?))?(?:\s+(?:of|for|on|in)\s+(?:the\s+)?[a-z][\w\-]*)?"
    r"(?:\s*(?:to|=|:|at|of|is|be|->|up\s+to|down\s+to|"
    r"should\s+be|must\s+be|equal\s+to|around|about|~))*\s*"
)
# "512Mi of cpu", "1Gi worth of cpu", "2Gi cpu", "512Mi for the cpu": the value before its word,
# never one before a word that takes its own value ("memory 1Gi cpu 500m").
_FOR = r"\s*(?:(?:of|for|as|worth\s+of|in)\s+)?(?:(?:the|its|their)\s+)?"
_OWN = r"(?!(?:'s)?(?:\s+(?:requests?|limits?))?\s*(?:to\s+|=\s*|:\s*|at\s+)?\d)"
_CPU_BYTES = re.compile(
    rf"\b{_CPU_WORD}{_TO}(?P<a>{_BYTES})(?!\s*(?:of\s+)?{_MEMORY}\b)|"
    rf"(?<![\w.])(?P<b>{_BYTES}){_FOR}{_CPU_WORD}\b{_OWN}",
    re.I,
)
_MEMORY_CPUS = re.compile(
    rf"\b{_MEMORY}{_TO}(?P<a>{_CPUS})(?!\s*(?:of\s+)?{_CPU_WORD}\b)|"
    rf"(?<![\w.])(?P<b>{_CPUS}){_FOR}{_MEMORY}\b{_OWN}",
    re.I,
)


def _unit_of_other_kind(said: str) -> None:
    """A byte quantity said for cpu, or a cpu quantity for memory: asked, naming both."""
    for found, word, unit in (
        (_CPU_BYTES, "cpu", "memory"),
        (_MEMORY_CPUS, "memory", "cpu"),
    ):
        for m in found.finditer(said):
            value = m.group("a") or m.group("b")
            # "512m" is milli (a cpu quantity), "512M" mega (a memory one).
            if rx(r"\d\s?m$", re.I).search(value) and (word == "cpu") == value.endswith("m"):
                continue
            # "4Gi memory 500 millicores": a value whose unit is a word, side by side with the
            # other field's word, is a list of two.
            if rx(r"[a-z]+\s+\d", re.I).match(m.group(0)) and rx(r"[a-z]{3,}$", re.I).search(value):
                continue
            raise Clarify(
                f"You said {m.group(0).strip()!r}: {value} is a {unit} quantity, but it is said "
                f"for the {word}. Which is meant: the {word} (with a {word} value, e.g. "
                f"{'500m' if word == 'cpu' else '512Mi'}) or the {unit} at {value}?"
            )


def _field_as_replicas(said: str, plan: PlanResult) -> None:
    """A resource field's value read as a replica count ("the cpu request of my-api to 5
    replicas" planned as a scale to 5, no resources set): asked."""
    if _kinds_set(plan):
        return
    counts = {getattr(op, "replicas", None) for op in plan.operations if op.kind == "scale"}
    for m in _FIELD_VALUE.finditer(said):
        if int(m.group("n")) in counts:
            raise Clarify(
                f"You said {m.group(0).strip()!r}: a cpu or memory request or limit takes a "
                "quantity (e.g. 500m, 512Mi), not a count of replicas. Did you mean that "
                "quantity, or to scale to that many replicas?"
            )


def _end_state(ctx: Ctx, plan: PlanResult) -> dict[tuple[str, str, str], Json]:
    """Each patched container's resources once every patch of the plan is applied, keyed by
    (kind, workload, container)."""
    ends: dict[tuple[str, str, str], Json] = {}
    for op in plan.operations:
        said = _resources(op)
        if not said:
            continue
        obj = ctx.get(op.target.kind, op.target.name, op.target.api_version) or {}
        live = {str(c.get("name")): c.get("resources") or {} for c in containers(obj)}
        for name, res in said.items():
            key = (op.target.kind, op.target.name, name)
            end = ends.setdefault(key, json.loads(json.dumps(live.get(name, {}))))
            for field in ("requests", "limits"):
                for resource, value in (res.get(field) or {}).items():
                    if value is None:
                        (end.get(field) or {}).pop(resource, None)
                    else:
                        end.setdefault(field, {})[resource] = value
    return ends


def _not_guaranteed(ctx: Ctx, said: str, plan: PlanResult) -> None:
    """Guaranteed QoS said, and a patched container left with a request unlike its limit."""
    if not _GUARANTEED.search(said):
        return
    for (_, workload, container), end in _end_state(ctx, plan).items():
        requests, limits = end.get("requests") or {}, end.get("limits") or {}
        for resource in sorted(set(requests) | set(limits)):
            request, limit = requests.get(resource), limits.get(resource)
            if request is None or limit is None:
                continue
            if cores_or_bytes(str(request)) != cores_or_bytes(str(limit)):
                raise Clarify(
                    f"Guaranteed QoS needs each request equal to its limit, but the plan "
                    f"would leave container {container} of {workload} with a {resource} "
                    f"request of {request} and a limit of {limit}. Which one value should "
                    f"both have (e.g. '{resource} {request} for request and limit')?"
                )


def _container_not_patched(ctx: Ctx, said: str, plan: PlanResult) -> None:
    """A container said before a resource field ("the envoy memory limit of payments") that
    the patched workload does not run, or that is not the one the plan patches."""
    from dotop_nb.planner.offline import workloads  # noqa: PLC0415 - import cycle

    names, parts = workloads._names_and_parts(ctx, lower=True)
    words = said.lower()
    for op in plan.operations:
        patched = set(_resources(op))
        if not patched:
            continue
        obj = ctx.get(op.target.kind, op.target.name, op.target.api_version) or {}
        own = {str(c.get("name")).lower() for c in containers(obj)}
        for part in sorted((parts | workloads._SIDECARS) - names - {op.target.name.lower()}):
            pattern = rf"(?<![\w\-./]){re.escape(part)}(?:'s)?\s+(?:(?:container|sidecar)\s+)?"
            if not rx(rf"{pattern}(?:cpu|{_MEMORY})\s+{_FIELD}\b").search(words):
                continue
            if part not in own:
                raise Clarify(
                    f"You named {part!r}, but {op.target.describe()} runs no container "
                    f"{part} (its containers: {', '.join(sorted(own))}). Which workload's "
                    f"{part}, or which container of {op.target.name}, did you mean?"
                )
            if part not in {p.lower() for p in patched}:
                raise Clarify(
                    f"You named container {part!r} of {op.target.describe()}, but the plan "
                    f"changes {', '.join(sorted(patched))}. Which container is meant?"
                )


def check(ctx: Ctx, said: str, plan: PlanResult) -> None:
    """Raise :class:`Clarify` when the plan sets another resource field, or another container,
    than ``said`` names, or leaves a container said to be Guaranteed with a request unlike
    its limit; return None otherwise."""
    if not plan.operations:
        return
    _unit_of_other_kind(said)
    _another_kind(said, plan)
    _field_as_replicas(said, plan)
    _not_guaranteed(ctx, said, plan)
    _container_not_patched(ctx, said, plan)


# "make frontend a bit bigger", "make payments larger", "worker should be beefier": a size said
# with no field and no count — more replicas or more cpu/memory per pod?
_SIZE = re.compile(
    r"\b(?:bigger|larger|smaller|beefier|heftier|leaner|chunkier|more\s+powerful|"
    r"less\s+powerful)\b",
    re.I,
)


def vague_size(text: str, cued: bool) -> None:
    """Raise :class:`Clarify` when ``text`` asks for a workload bigger or smaller and no cue
    word read its category (``cued`` False: only look-alike examples did); return None
    otherwise."""
    if not cued and (m := _SIZE.search(text)):
        raise Clarify(
            f"You said {m.group(0)!r}: more (or fewer) replicas, or more (or less) cpu and "
            "memory for each pod? Say e.g. 'scale frontend to 4' or 'raise the memory limit "
            "of frontend to 1Gi'."
        )
