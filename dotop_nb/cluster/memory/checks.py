"""The validation the in-memory apiserver applies before a write (its 422 answers).

A few checks of the built-in kinds that plans run into — workload selectors and templates,
containers, replica counts, immutable selectors, autoscaler bounds, disruption budgets — and,
for custom resources, the CRD's ``openAPIV3Schema`` (types, required fields, enums, bounds).
Each problem is phrased like the apiserver's (``field: Invalid value: …``).
"""

from __future__ import annotations

from typing import Any

Json = dict[str, Any]

_WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet")
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


def invalid(obj: Json, current: Json | None, *, crd: Json | None = None) -> list[str]:
    """What is wrong with ``obj`` (replacing ``current``); empty when the write is valid."""
    kind = obj.get("kind")
    raw = obj.get("spec")
    spec: Json = raw if isinstance(raw, dict) else {}
    problems: list[str] = []
    if kind in _WORKLOADS:
        problems += _workload(spec, current)
    if kind in ("Pod",):
        problems += _pod_spec(spec, "spec")
    if kind == "CronJob":
        job = ((spec.get("jobTemplate") or {}).get("spec") or {}).get("template") or {}
        problems += _pod_spec(job.get("spec") or {}, "spec.jobTemplate.spec.template.spec")
    if kind == "HorizontalPodAutoscaler":
        problems += _autoscaler(spec)
    if kind == "PodDisruptionBudget" and "minAvailable" in spec and "maxUnavailable" in spec:
        problems.append("spec: Invalid value: minAvailable and maxUnavailable cannot be both set")
    if crd is not None:
        problems += _schema(obj, crd, "", top=True)
    return problems


def _workload(spec: Json, current: Json | None) -> list[str]:
    problems = []
    replicas = spec.get("replicas", 1)
    if not isinstance(replicas, int) or isinstance(replicas, bool) or replicas < 0:
        problems.append(
            f"spec.replicas: Invalid value: {replicas!r}: must be greater than or equal to 0"
        )
    selector = (spec.get("selector") or {}).get("matchLabels")
    template = spec.get("template") or {}
    labels = (template.get("metadata") or {}).get("labels") or {}
    if not spec.get("selector"):
        problems.append("spec.selector: Required value")
    elif isinstance(selector, dict) and any(labels.get(k) != v for k, v in selector.items()):
        problems.append(
            f"spec.template.metadata.labels: Invalid value: {labels!r}: `selector` does not "
            "match template `labels`"
        )
    if current is not None:
        before = (current.get("spec") or {}).get("selector")
        if before is not None and spec.get("selector") != before:
            problems.append(
                f"spec.selector: Invalid value: {spec.get('selector')!r}: field is immutable"
            )
    problems += _pod_spec(template.get("spec") or {}, "spec.template.spec")
    return problems


def _pod_spec(spec: Json, where: str) -> list[str]:
    containers = spec.get("containers")
    if not isinstance(containers, list) or not containers:
        return [f"{where}.containers: Required value"]
    problems, seen = [], set()
    for i, container in enumerate([*containers, *(spec.get("initContainers") or [])]):
        name = container.get("name") if isinstance(container, dict) else None
        if not name:
            problems.append(f"{where}.containers[{i}].name: Required value")
        elif name in seen:
            problems.append(f"{where}.containers[{i}].name: Duplicate value: {name!r}")
        seen.add(name)
        if isinstance(container, dict) and not container.get("image"):
            problems.append(f"{where}.containers[{i}].image: Required value")
    return problems


def _autoscaler(spec: Json) -> list[str]:
    problems = []
    low, high = spec.get("minReplicas", 1), spec.get("maxReplicas")
    if not isinstance(high, int) or high < 1:
        problems.append(f"spec.maxReplicas: Invalid value: {high!r}: must be greater than 0")
    if not isinstance(low, int) or low < 1:
        problems.append(f"spec.minReplicas: Invalid value: {low!r}: must be greater than 0")
    elif isinstance(high, int) and high < low:
        problems.append(
            f"spec.maxReplicas: Invalid value: {high}: must be greater than or equal to "
            "`minReplicas`"
        )
    ref = spec.get("scaleTargetRef") or {}
    if not ref.get("kind") or not ref.get("name"):
        problems.append("spec.scaleTargetRef: Required value")
    return problems


def _schema(value: Any, schema: Json, where: str, *, top: bool = False) -> list[str]:
    """``value`` against a structural OpenAPI v3 schema (the subset CRDs use)."""
    kind = schema.get("type")
    label = where or "<root>"
    if value is None:
        return [] if schema.get("nullable") else [f"{label}: Invalid value: null"]
    if kind in _TYPES and (
        not isinstance(value, _TYPES[kind]) or (kind != "boolean" and isinstance(value, bool))
    ):
        return [f"{label}: Invalid value: {value!r}: must be of type {kind}"]
    problems: list[str] = []
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{label}: Unsupported value: {value!r}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            problems.append(f"{label}: Invalid value: {value}: should be >= {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            problems.append(f"{label}: Invalid value: {value}: should be <= {schema['maximum']}")
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        for name in schema.get("required") or []:
            if name not in value:
                problems.append(f"{where + '.' if where else ''}{name}: Required value")
        for name, item in value.items():
            if top and name in ("apiVersion", "kind", "metadata"):
                continue
            if name in properties:
                problems += _schema(item, properties[name], f"{where + '.' if where else ''}{name}")
            elif isinstance(schema.get("additionalProperties"), dict):
                problems += _schema(
                    item, schema["additionalProperties"], f"{where + '.' if where else ''}{name}"
                )
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for i, item in enumerate(value):
            problems += _schema(item, schema["items"], f"{label}[{i}]")
    return problems
