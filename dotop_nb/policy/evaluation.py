"""Checking a plan against policies: one decision per violated rule, in a stable order.

Pure: plain functions over the policies, the typed operations and the objects' states. Rules read
the *effect* of each operation — its target before and after — so every form of request (JSON
patch copy/move, merge, strategic directives, scale, set_image, rollout undo) is judged by what it
does. The engine passes the after-objects its server-side dry-run returned (``afters``); without
them, :func:`dotop_nb.policy.effects.estimate` stands in. The built-in safety rules
(:mod:`dotop_nb.policy.builtin`) are checked here too. The same inputs give the same decisions in
the same order (built-in rules, then policy order, then operation index).

Example::

    decisions = evaluate(policies, [op], states={op.target.key: current}, namespace="shop")
    summarize(decisions)   # 'deny'
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from fractions import Fraction

from dotop_nb.models import (
    ApplyOp,
    DeleteOp,
    Effect,
    Json,
    Operation,
    PolicyDecision,
    ScaleOp,
)
from dotop_nb.policy import builtin, effects
from dotop_nb.policy.model import Policy, PolicyRules, PolicyScope

_STRENGTH: dict[Effect, int] = {"allow": 0, "warn": 1, "require_approval": 2, "deny": 3}

# Replica fields per kind, with the API's default for a newly created object (None: no default).
_REPLICAS: dict[str, dict[str, int | None]] = {
    "Deployment": {"replicas": 1},
    "StatefulSet": {"replicas": 1},
    "ReplicaSet": {"replicas": 1},
    "ReplicationController": {"replicas": 1},
    "HorizontalPodAutoscaler": {"minReplicas": 1, "maxReplicas": None},
    "ScaledObject": {"minReplicaCount": 0, "maxReplicaCount": 100},
}
# Readiness only means something for pods that serve; a Job's containers run to completion.
_LONG_RUNNING = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController")
# Autoscalers: the field bounding what their controller sets on the scale target (with its
# default), so a low maximum is judged as the scale-down it forces.
_AUTOSCALER_MAX = {
    "HorizontalPodAutoscaler": ("maxReplicas", None),
    "ScaledObject": ("maxReplicaCount", 100),
}
# Where a Job (or a CronJob's jobs) says how many pods run at once.
_PARALLELISM = {"Job": ("spec",), "CronJob": ("spec", "jobTemplate", "spec")}


@dataclass(frozen=True)
class _Subject:
    index: int
    op: Operation
    state: Json | None  # the target before the plan (None: it does not exist)
    after: Json | None  # the target as the operation leaves it (None: deleted)
    namespace: str
    namespace_labels: Mapping[str, str]
    labels: Mapping[str, str]
    # The session's namespace and labels when the target is in another namespace that a policy
    # grants (allow_namespaces): namespace criteria of a scope may match either.
    session: tuple[str, Mapping[str, str]] | None
    namespaced: bool
    named: bool  # the intent names it, or a named object owns or selects it
    # An autoscaler's scale target as it is now (None: not an autoscaler, or no such target).
    scale_target: Json | None = None


def evaluate(
    policies: Sequence[Policy],
    operations: Sequence[Operation],
    *,
    states: Mapping[str, Json | None],
    namespace: str,
    namespace_labels: Mapping[str, str] | None = None,
    afters: Mapping[int, Json | None] | None = None,
    namespaced: Mapping[str, bool] | None = None,
    unnamed: Collection[str] = (),
    scale_targets: Mapping[int, Json | None] | None = None,
) -> list[PolicyDecision]:
    """Check a plan against policies; one decision per violated rule, or a single default allow.

    ``states`` maps ``Target.key`` to the object's current JSON (None: it does not exist).
    ``afters`` maps an operation's index to its target as the operation leaves it (the
    server-side dry-run's answer; None: deleted); a missing index is estimated locally.
    ``namespaced`` maps ``Target.key`` to discovery's scope of the kind (missing: the core API's
    known cluster-scoped kinds decide). ``unnamed``: keys of targets the intent does not name
    and no named object owns or selects. ``scale_targets`` maps an autoscaler operation's
    index to its scale target's current object (its controller acts on it).
    ``namespace_labels`` are those of ``namespace``; for other namespaces they are read from a
    ``v1/Namespace`` object in ``states`` if there is one. Unknown labels match no label selector.

    Example::

        op = ScaleOp(target=Target(kind="Deployment", name="my-api", namespace="shop"), replicas=2)
        evaluate(policies, [op], states={op.target.key: current}, namespace="shop")
        # [PolicyDecision(policy_id='scaling-constraints', effect='deny', reason='scaling
        #  deployment/my-api from 6 to 2 removes 67% of replicas; policy allows at most 50%', ...)]
    """
    subjects = [
        _subject(
            index,
            op,
            states,
            namespace,
            namespace_labels,
            after=(afters or {}).get(index, _ESTIMATE),
            namespaced=(namespaced or {}).get(op.target.key),
            named=op.target.key not in unnamed,
            scale_target=(scale_targets or {}).get(index),
            granted=any(g.covers(op.target) for p in policies for g in p.rules.allow_namespaces),
        )
        for index, op in enumerate(operations)
    ]
    decisions = _builtin(policies, subjects, namespace)
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


def _builtin(
    policies: Sequence[Policy], subjects: list[_Subject], namespace: str
) -> list[PolicyDecision]:
    """Decisions of the built-in safety rules: denials, or grants by the policies that allow."""
    out: list[PolicyDecision] = []
    for s in subjects:
        applicable = [p for p in policies if any(_matches(sel, s) for sel in p.scope)]

        def grant(
            allows: Callable[[PolicyRules], bool], applicable: list[Policy] = applicable
        ) -> Policy | None:
            return next((p for p in applicable if allows(p.rules)), None)

        found = [
            (builtin.SCOPE_ID, *finding)
            for finding in builtin.scope_findings(
                s.op,
                namespaced=s.namespaced,
                namespace=namespace,
                applicable=applicable,
                objects=(s.state, s.after),
            )
        ]
        changed = effects.metadata_changes(s.op, s.state, s.after)
        found += [
            (builtin.METADATA_ID, *finding)
            for finding in builtin.metadata_findings(s.op, changed, grant=grant)
        ]
        found += [
            (builtin.BINDINGS_ID, *finding)
            for finding in builtin.binding_findings(s.op, s.state, s.after, grant=grant)
        ]
        for rule_id, reason, by in found:
            out.append(
                PolicyDecision(
                    policy_id=by.id if by else rule_id,
                    policy_name=by.name if by else "built-in safety rule",
                    effect=by.effect if by else "deny",
                    reason=reason,
                    operation=s.index,
                )
            )
    return out


def summarize(decisions: Iterable[PolicyDecision]) -> Effect:
    """The strongest effect: deny > require_approval > warn > allow (also for no decisions).

    Example::

        summarize(evaluate(policies, ops, states=states, namespace="production"))
        # 'require_approval'
    """
    return max((d.effect for d in decisions), key=_STRENGTH.__getitem__, default="allow")


_ESTIMATE: Json = {}  # sentinel: no after-object given, estimate it


def _subject(
    index: int,
    op: Operation,
    states: Mapping[str, Json | None],
    namespace: str,
    namespace_labels: Mapping[str, str] | None,
    *,
    after: Json | None,
    namespaced: bool | None,
    named: bool,
    granted: bool,
    scale_target: Json | None = None,
) -> _Subject:
    state = states.get(op.target.key)
    if after is _ESTIMATE:
        if state is None and not isinstance(op, ApplyOp | DeleteOp):
            # Only an apply creates: judge what the request sets, on an empty object.
            state = {}
        after = effects.estimate(op, state)
    if namespaced is None:
        namespaced = op.target.kind not in builtin.KNOWN_CLUSTER_SCOPED
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
    session = None
    if ns != namespace and granted:  # only a granted target acts for the session
        session = (namespace, namespace_labels or _labels(states.get(f"v1/Namespace//{namespace}")))
    return _Subject(
        index,
        op,
        state,
        after,
        ns,
        ns_labels,
        _labels(labelled),
        session,
        namespaced=namespaced,
        named=named,
        scale_target=scale_target,
    )


def _labels(obj: Json | None) -> dict[str, str]:
    labels = ((obj or {}).get("metadata") or {}).get("labels") or {}
    return {str(k): str(v) for k, v in labels.items()} if isinstance(labels, dict) else {}


def _matches(scope: PolicyScope, s: _Subject) -> bool:
    # A target in another namespace (granted by allow_namespaces) acts for the session: the
    # policies of either namespace see it (production approval still applies to a production
    # session's Velero Schedule in namespace velero).
    places = [(s.namespace, s.namespace_labels), *([s.session] if s.session else [])]
    if not any(_in_namespace(scope, ns, labels) for ns, labels in places):
        return False
    if any(s.labels.get(key) != value for key, value in scope.labels.items()):
        return False
    return not scope.kinds or _kind_in(s.op.target.kind, scope.kinds)


def _in_namespace(scope: PolicyScope, namespace: str, labels: Mapping[str, str]) -> bool:
    if scope.namespaces and not any(fnmatchcase(namespace, p) for p in scope.namespaces):
        return False
    return all(labels.get(key) == value for key, value in scope.namespace_labels.items())


def _kind_in(kind: str, kinds: Iterable[str]) -> bool:
    # Case-insensitive: `deployment` in a policy should not silently never match.
    return kind.lower() in {k.lower() for k in kinds}


def _violations(rules: PolicyRules, s: _Subject) -> Iterator[str]:
    op, ref = s.op, s.op.target.ref
    if op.kind in rules.forbidden_operations:
        yield f"{op.summary()}: {op.kind} operations are forbidden here"
    if op.kind in rules.require_approval_for:
        yield f"{op.summary()}: {op.kind} operations here need approval"
    # A switch that makes a later scale-down or delete destroy data is judged as a deletion.
    deletes = "delete" in rules.require_approval_for or "delete" in rules.forbidden_operations
    if deletes and op.kind != "delete":
        for switch in effects.data_loss_switches(op.target.kind, s.state, s.after):
            yield (
                f"{op.summary()}: sets {switch}, so a later scale-down or deletion deletes "
                "the volume claims and their data; judged as a delete"
            )
    if rules.forbidden_kinds and _kind_in(op.target.kind, rules.forbidden_kinds):
        yield f"{op.summary()}: {op.target.kind} objects may not be changed through dotop-nb"
    if rules.intent_named_targets_only and not s.named:
        yield (
            f"{op.summary()}: the intent does not name {ref}, and no object it names owns or "
            "selects it"
        )
    yield from _replica_violations(rules, s)
    if rules.pod_security:
        yield from _privilege_violations(s)
    if rules.allowed_registries:
        allowed = ", ".join(rules.allowed_registries)
        for image in _new_images(s):
            if not _from_registry(image, rules.allowed_registries):
                yield f"{op.summary()}: image {image} is not from an allowed registry ({allowed})"
    if s.after is None or not (rules.require_resource_requests or rules.require_readiness_probe):
        return
    containers = effects.containers(s.after, op.target.kind, "containers")
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
        current = effects.spec_int(s.state, "replicas")
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
    yield from _autoscaler_violations(rules, s)
    yield from _parallelism_violations(rules, s)


def _forced_scale_down(autoscaler: Json | None, target: Json | None) -> int | None:
    """The replicas an autoscaler's maximum forces its target down to (None: it forces none)."""
    field, default = _AUTOSCALER_MAX.get(str((autoscaler or {}).get("kind")), ("", None))
    if autoscaler is None or not field:
        return None
    high = effects.spec_int(autoscaler, field)
    high = default if high is None else high
    current = effects.spec_int(target, "replicas")
    return high if high is not None and current is not None and high < current else None


def _autoscaler_violations(rules: PolicyRules, s: _Subject) -> Iterator[str]:
    """An autoscaler is judged by what its controller then does to its scale target."""
    limit, target = rules.max_scale_down_fraction, s.scale_target
    forced = _forced_scale_down(s.after, target)
    if limit is None or forced is None or target is None:
        return
    before = s.state if s.state and _same_target(s.state, s.after) else None
    if _forced_scale_down(before, target) == forced:
        return  # already so before this plan
    current = effects.spec_int(target, "replicas") or 0
    removed = Fraction(current - forced, current)
    if removed > Fraction(str(limit)):
        name = f"{str(target.get('kind')).lower()}/{(target.get('metadata') or {}).get('name')}"
        yield (
            f"{s.op.summary()}: its maximum of {forced} makes the autoscaler scale {name} from "
            f"{current} to {forced}, removing {float(removed):.0%} of replicas; policy allows "
            f"at most {limit:.0%}"
        )


def _same_target(before: Json, after: Json | None) -> bool:
    ref = ((before.get("spec") or {}).get("scaleTargetRef")) or {}
    return bool(after) and ref == (((after or {}).get("spec") or {}).get("scaleTargetRef") or {})


def _parallelism_violations(rules: PolicyRules, s: _Subject) -> Iterator[str]:
    """A Job's parallelism is how many pods it runs at once: it counts against max_replicas."""
    path = _PARALLELISM.get(s.op.target.kind)
    if path is None or rules.max_replicas is None or s.after is None:
        return
    value = _int_at(s.after, (*path, "parallelism"))
    if (
        value is not None
        and value > rules.max_replicas
        and value != _int_at(s.state, (*path, "parallelism"))
    ):
        yield (
            f"{s.op.kind} of {s.op.target.ref} runs {value} pods at once (parallelism); "
            f"policy allows at most {rules.max_replicas}"
        )


def _int_at(obj: Json | None, path: tuple[str, ...]) -> int | None:
    node: object = obj
    for step in path:
        node = node.get(step) if isinstance(node, dict) else None
    return node if isinstance(node, int) and not isinstance(node, bool) else None


def _privilege_violations(s: _Subject) -> Iterator[str]:
    """Node-level privileges the plan brings in (those already granted are not its doing)."""
    kind = s.op.target.kind
    before = set(effects.privileges(effects.pod_spec(s.state, kind)))
    for found in effects.privileges(effects.pod_spec(s.after, kind)):
        if found not in before:
            yield f"{s.op.summary()}: the pod spec asks for {found}, which can take over the node"


def _replicas_set(s: _Subject) -> list[tuple[str, int, bool]]:
    """The replica fields the operation changes, read from the after-object: (field, value,
    whether it is the API default of a new object that does not give it)."""
    if s.after is None:
        return []
    fields = _REPLICAS.get(s.op.target.kind, {"replicas": None})
    found: list[tuple[str, int, bool]] = []
    for field, default in fields.items():
        value = effects.spec_int(s.after, field)
        if s.state is None:
            if value is None and default is not None:
                found.append((field, default, True))
            elif value is not None:
                found.append((field, value, False))
        elif value is not None and value != effects.spec_int(s.state, field):
            found.append((field, value, False))
    return found


def _no_requests(container: Json) -> list[str]:
    resources = container.get("resources") or {}
    # The apiserver copies limits into missing requests, so a limit is a request too.
    given = {**(resources.get("limits") or {}), **(resources.get("requests") or {})}
    return [resource for resource in ("cpu", "memory") if not given.get(resource)]


def _new_images(s: _Subject) -> list[str]:
    """Images the operation brings in: in the after-object and not running before (images
    already running are not this plan's doing)."""
    kind = s.op.target.kind
    before = set(effects.images(s.state, kind))
    return list(dict.fromkeys(i for i in effects.images(s.after, kind) if i not in before))


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
