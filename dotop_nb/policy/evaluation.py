"""Checking a plan against policies: one decision per violated rule, in a stable order.

Pure: plain functions over the policies, the typed operations and the objects' current states.
The same inputs give the same decisions in the same order (policy order, then operation index).

Example::

    decisions = evaluate(policies, [op], states={op.target.key: current}, namespace="shop")
    summarize(decisions)   # 'deny'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from fractions import Fraction
from typing import Any

from dotop_nb.models import (
    ApplyOp,
    DeleteOp,
    Effect,
    Json,
    Operation,
    PatchOp,
    PolicyDecision,
    ScaleOp,
    SetImageOp,
)
from dotop_nb.policy.model import Policy, PolicyRules, PolicyScope

_STRENGTH: dict[Effect, int] = {"allow": 0, "warn": 1, "require_approval": 2, "deny": 3}

# Replica fields per kind, with the API's default for a newly created object (None: no default).
_REPLICAS: dict[str, dict[str, int | None]] = {
    "Deployment": {"replicas": 1},
    "StatefulSet": {"replicas": 1},
    "ReplicaSet": {"replicas": 1},
    "HorizontalPodAutoscaler": {"minReplicas": 1, "maxReplicas": None},
    "ScaledObject": {"minReplicaCount": 0, "maxReplicaCount": 100},
}
_POD_SPEC: dict[str, tuple[str, ...]] = {
    **{kind: ("spec", "template", "spec") for kind in ("Deployment", "StatefulSet", "DaemonSet")},
    "ReplicaSet": ("spec", "template", "spec"),
    "Job": ("spec", "template", "spec"),
    "CronJob": ("spec", "jobTemplate", "spec", "template", "spec"),
    "Pod": ("spec",),
}
# Readiness only means something for pods that serve; a Job's containers run to completion.
_LONG_RUNNING = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet")


@dataclass(frozen=True)
class _Subject:
    index: int
    op: Operation
    state: Json | None
    namespace: str
    namespace_labels: Mapping[str, str]
    labels: Mapping[str, str]


def evaluate(
    policies: Sequence[Policy],
    operations: Sequence[Operation],
    *,
    states: Mapping[str, Json | None],
    namespace: str,
    namespace_labels: Mapping[str, str] | None = None,
) -> list[PolicyDecision]:
    """Check a plan against policies; one decision per violated rule, or a single default allow.

    ``states`` maps ``Target.key`` to the object's current JSON (None: it does not exist).
    ``namespace_labels`` are those of ``namespace``; for other namespaces they are read from a
    ``v1/Namespace`` object in ``states`` if there is one. Unknown labels match no label selector.

    Example::

        op = ScaleOp(target=Target(kind="Deployment", name="my-api", namespace="shop"), replicas=2)
        evaluate(policies, [op], states={op.target.key: current}, namespace="shop")
        # [PolicyDecision(policy_id='scaling-constraints', effect='deny', reason='scaling
        #  deployment/my-api from 6 to 2 removes 67% of replicas; policy allows at most 50%', ...)]
    """
    subjects = [
        _subject(index, op, states, namespace, namespace_labels)
        for index, op in enumerate(operations)
    ]
    decisions: list[PolicyDecision] = []
    for policy in policies:
        in_scope = [s for s in subjects if any(_matches(sel, s) for sel in policy.scope)]
        found: list[tuple[int | None, str]] = []
        limit = policy.rules.max_operations
        if limit is not None and len(in_scope) > limit:
            found.append(
                (
                    None,
                    f"the plan has {len(in_scope)} operations in this policy's scope; "
                    f"it allows at most {limit}",
                )
            )
        found.extend((s.index, reason) for s in in_scope for reason in _violations(policy.rules, s))
        decisions.extend(
            PolicyDecision(
                policy_id=policy.id,
                policy_name=policy.name,
                effect=policy.effect,
                reason=reason,
                operation=index,
            )
            for index, reason in found
        )
    return decisions or [
        PolicyDecision(policy_id="default", effect="allow", reason="no policy applies")
    ]


def summarize(decisions: Iterable[PolicyDecision]) -> Effect:
    """The strongest effect: deny > require_approval > warn > allow (also for no decisions).

    Example::

        summarize(evaluate(policies, ops, states=states, namespace="production"))
        # 'require_approval'
    """
    return max((d.effect for d in decisions), key=_STRENGTH.__getitem__, default="allow")


def _subject(
    index: int,
    op: Operation,
    states: Mapping[str, Json | None],
    namespace: str,
    namespace_labels: Mapping[str, str] | None,
) -> _Subject:
    state = states.get(op.target.key)
    # A cluster-scoped target counts as part of the plan's namespace, so namespace-scoped
    # policies (production approval) still see it rather than silently letting it through.
    ns = op.target.namespace or namespace
    if ns == namespace and namespace_labels is not None:
        ns_labels: Mapping[str, str] = namespace_labels
    else:
        ns_labels = _labels(states.get(f"v1/Namespace//{ns}"))
    # Labels of the live object: a plan could otherwise step out of scope by relabelling.
    # Only a new object has no live labels to go by.
    labelled = op.manifest if isinstance(op, ApplyOp) and state is None else state
    return _Subject(index, op, state, ns, ns_labels, _labels(labelled))


def _labels(obj: Json | None) -> dict[str, str]:
    labels = ((obj or {}).get("metadata") or {}).get("labels") or {}
    return {str(k): str(v) for k, v in labels.items()} if isinstance(labels, dict) else {}


def _matches(scope: PolicyScope, s: _Subject) -> bool:
    if scope.namespaces and not any(fnmatchcase(s.namespace, p) for p in scope.namespaces):
        return False
    for wanted, actual in ((scope.namespace_labels, s.namespace_labels), (scope.labels, s.labels)):
        if any(actual.get(key) != value for key, value in wanted.items()):
            return False
    return not scope.kinds or _kind_in(s.op.target.kind, scope.kinds)


def _kind_in(kind: str, kinds: Iterable[str]) -> bool:
    # Case-insensitive: `deployment` in a policy should not silently never match.
    return kind.lower() in {k.lower() for k in kinds}


def _violations(rules: PolicyRules, s: _Subject) -> Iterator[str]:
    op, ref = s.op, s.op.target.ref
    if op.kind in rules.forbidden_operations:
        yield f"{op.summary()}: {op.kind} operations are forbidden here"
    if op.kind in rules.require_approval_for:
        yield f"{op.summary()}: {op.kind} operations here need approval"
    if rules.forbidden_kinds and _kind_in(op.target.kind, rules.forbidden_kinds):
        yield f"{op.summary()}: {op.target.kind} objects may not be changed through dotop-nb"
    yield from _replica_violations(rules, s)
    if rules.allowed_registries:
        allowed = ", ".join(rules.allowed_registries)
        for image in _new_images(s):
            if not _from_registry(image, rules.allowed_registries):
                yield f"{op.summary()}: image {image} is not from an allowed registry ({allowed})"
    if isinstance(op, DeleteOp) or not (
        rules.require_resource_requests or rules.require_readiness_probe
    ):
        return
    containers = _containers(_after(s), op.target.kind, "containers")
    if rules.require_resource_requests:
        missing = [
            f"{c.get('name')} ({', '.join(m)})" for c in containers if (m := _no_requests(c))
        ]
        if missing:
            yield f"{ref}: containers without resource requests: {', '.join(missing)}"
    if rules.require_readiness_probe and op.target.kind in _LONG_RUNNING:
        missing = [str(c.get("name")) for c in containers if c.get("readinessProbe") is None]
        if missing:
            yield f"{ref}: containers without a readinessProbe: {', '.join(missing)}"


def _replica_violations(rules: PolicyRules, s: _Subject) -> Iterator[str]:
    op, ref = s.op, s.op.target.ref
    for field, value, defaulted in _replicas_set(s):
        doing = (
            f"scaling {ref} to {value} replica{'' if value == 1 else 's'}"
            if isinstance(op, ScaleOp)
            else f"{op.kind} of {ref} sets spec.{field} to {value}"
            + (" (the default, as it is not given)" if defaulted else "")
        )
        if rules.min_replicas is not None and value < rules.min_replicas:
            yield f"{doing}; policy requires at least {rules.min_replicas}"
        if rules.max_replicas is not None and value > rules.max_replicas:
            yield f"{doing}; policy allows at most {rules.max_replicas}"
        limit = rules.max_scale_down_fraction
        current = _int(((s.state or {}).get("spec") or {}).get("replicas"))
        if field == "replicas" and limit is not None and current and value < current:
            removed = Fraction(current - value, current)
            if removed > Fraction(str(limit)):
                shown, allowed = f"{float(removed):.0%}", f"{limit:.0%}"
                if shown == allowed:  # 51 of 101 must not read as "removes 50%; allows 50%"
                    shown = f"{float(removed):.1%}"
                yield (
                    f"scaling {ref} from {current} to {value} removes {shown} of replicas; "
                    f"policy allows at most {allowed}"
                )


def _replicas_set(s: _Subject) -> list[tuple[str, int, bool]]:
    """The replica fields the operation sets: (field, value, whether it is the API default)."""
    op = s.op
    if isinstance(op, ScaleOp):
        return [("replicas", op.replicas, False)]
    fields = _REPLICAS.get(op.target.kind, {"replicas": None})
    found: list[tuple[str, int, bool]] = []
    for field, default in fields.items():
        value: int | None = None
        if isinstance(op, ApplyOp):
            value = _int((op.manifest.get("spec") or {}).get(field))
            # Only on create: for an existing object an omitted field is left to its owner.
            if value is None and default is not None and s.state is None:
                found.append((field, default, True))
        elif isinstance(op, PatchOp) and isinstance(op.patch, dict):
            value = _int((op.patch.get("spec") or {}).get(field))
        elif isinstance(op, PatchOp):
            for step in _json_steps(op.patch):
                if step.get("path") == f"/spec/{field}":
                    value = _int(step.get("value"))
        if value is not None:
            found.append((field, value, False))
    return found


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _after(s: _Subject) -> Json | None:
    """The object as the operation leaves it, as far as the rules need (else as it is now)."""
    op = s.op
    if isinstance(op, ApplyOp):
        return op.manifest
    if isinstance(op, PatchOp) and isinstance(op.patch, dict):
        merged: Json = _merge(s.state or {}, op.patch, by_name=op.patch_type == "strategic")
        return merged
    return s.state


def _json_steps(patch: Json | list[Json]) -> list[Json]:
    """The steps of a JSON patch that write a value (a merge patch has none)."""
    steps = patch if isinstance(patch, list) else []
    return [step for step in steps if step.get("op") in ("add", "replace")]


def _merge(base: Any, patch: Any, *, by_name: bool) -> Any:
    # RFC 7386 merge; with by_name, lists of named objects merge by name as a strategic merge
    # patch does for containers, which is all the rules read.
    if by_name and isinstance(patch, list) and isinstance(base, list) and _named(patch + base):
        merged = {item["name"]: item for item in base}
        for item in patch:
            merged[item["name"]] = _merge(merged.get(item["name"]), item, by_name=True)
        return list(merged.values())
    if not isinstance(patch, dict):
        return patch
    out = dict(base) if isinstance(base, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = _merge(out.get(key), value, by_name=by_name)
    return out


def _named(items: list[Any]) -> bool:
    return all(isinstance(item, dict) and isinstance(item.get("name"), str) for item in items)


def _containers(obj: Json | None, kind: str, *keys: str) -> list[Json]:
    node: Any = obj
    for step in _POD_SPEC.get(kind, ()) if obj is not None else ():
        node = node.get(step) if isinstance(node, dict) else None
    if kind not in _POD_SPEC or not isinstance(node, dict):
        return []
    return [c for key in keys for c in node.get(key) or [] if isinstance(c, dict)]


def _no_requests(container: Json) -> list[str]:
    resources = container.get("resources") or {}
    # The apiserver copies limits into missing requests, so a limit is a request too.
    given = {**(resources.get("limits") or {}), **(resources.get("requests") or {})}
    return [resource for resource in ("cpu", "memory") if not given.get(resource)]


def _new_images(s: _Subject) -> list[str]:
    """Images the operation brings in (an apply brings in every image it names)."""
    op, kind = s.op, s.op.target.kind
    images: list[str] = []
    if isinstance(op, SetImageOp):
        images = [op.image]
    elif isinstance(op, ApplyOp):
        images = _images(_containers(op.manifest, kind, "initContainers", "containers"))
    elif isinstance(op, PatchOp) and isinstance(op.patch, dict):
        # Only what the patch adds: images already running are not this plan's doing.
        before = set(_images(_containers(s.state, kind, "initContainers", "containers")))
        after = _images(_containers(_after(s), kind, "initContainers", "containers"))
        images = [image for image in after if image not in before]
    elif isinstance(op, PatchOp):
        for step in _json_steps(op.patch):
            images.extend(_images_in(step.get("value"), str(step.get("path", ""))))
    return list(dict.fromkeys(images))


def _images(containers: list[Json]) -> list[str]:
    return [c["image"] for c in containers if isinstance(c.get("image"), str)]


def _images_in(value: Any, path: str) -> list[str]:
    if isinstance(value, str):
        return [value] if path.endswith("/image") else []
    if isinstance(value, dict):
        return [i for key, item in value.items() for i in _images_in(item, f"{path}/{key}")]
    if isinstance(value, list):
        return [i for item in value for i in _images_in(item, f"{path}/-")]
    return []


def _from_registry(image: str, prefixes: list[str]) -> bool:
    # Short Docker Hub names (nginx, bitnami/redis) stand for docker.io/...; either form may match.
    first, _, rest = image.partition("/")
    if not rest:
        full = f"docker.io/library/{image}"
    elif "." in first or ":" in first or first == "localhost":
        full = image
    else:
        full = f"docker.io/{image}"
    return any(candidate.startswith(p) for candidate in (image, full) for p in prefixes)
