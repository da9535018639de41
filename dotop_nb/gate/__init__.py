"""The authorisation gate: what may run, decided from the world as it is now.

One function, :func:`assess`, is used when a proposal is made (by the service) and again when it
is executed (by the executor). It reads each target's current object, runs the server-side
dry-run, checks the session's scope and evaluates every policy of the policy set loaded *now* on
the before/after objects. The executor never trusts what a record says about dry-runs or policy
decisions: a record is a record, not a permission. :meth:`Assessment.refusal` says why a plan may
not run for a given kind of approval (a deny, a failed dry-run, or a ``require_approval`` without
an interactive approval).

Cost: one GET and one dry-run request per operation (a rollout undo also reads its history);
the unattended guard lists the namespace's workloads once, and only when a target is outside the
intent by its own references.

Example::

    ops = normalize(gateway, planned)
    found = assess(gateway, ops, namespace="shop", intent="scale my-api to 3",
                   policies=load_policy_set(None))
    found.refusal(interactive=False)   # None, or why it may not run unattended
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from dotop_nb import policy as policies_mod
from dotop_nb.cluster.gateway import Gateway
from dotop_nb.errors import NotFound
from dotop_nb.gate import risks
from dotop_nb.gate.relations import unnamed_targets
from dotop_nb.models import (
    ApplyOp,
    DryRunResult,
    Json,
    Operation,
    PolicyDecision,
    PolicySetRef,
    Target,
)
from dotop_nb.policy import PolicySet, effects

_AUTOSCALERS = ("HorizontalPodAutoscaler", "ScaledObject")


@dataclass(frozen=True)
class Assessment:
    """The gate's verdict on operations (those at ``indices`` of the plan) at one moment."""

    indices: list[int]
    dry_run: list[DryRunResult]
    decisions: list[PolicyDecision]
    states: dict[str, Json | None]
    policy_set: PolicySetRef
    versions: dict[str, str] = field(default_factory=dict)
    # What a plan sets up to lose data later (a StatefulSet's claim retention set to Delete):
    # listed as risks whatever the policies say.
    hazards: list[str] = field(default_factory=list)
    # Why the namespace is a production one ("" when it is not): an interactive approval there
    # confirms the namespace by name (gate.risks.production).
    production: str = ""

    @property
    def denied(self) -> list[PolicyDecision]:
        return [d for d in self.decisions if d.effect == "deny"]

    @property
    def needs_person(self) -> list[PolicyDecision]:
        return [d for d in self.decisions if d.effect == "require_approval"]

    def failed_dry_runs(self) -> list[tuple[int, DryRunResult]]:
        return [(i, d) for i, d in zip(self.indices, self.dry_run, strict=True) if not d.ok]

    def refusal(self, *, interactive: bool) -> str | None:
        """Why the operations may not run now with this kind of approval (None: they may)."""
        failed = self.failed_dry_runs()
        if failed:
            return "the server-side dry-run rejected it now: " + "; ".join(
                f"operation {i + 1}: {d.message}" for i, d in failed
            )
        if self.denied:
            return "blocked by policy: " + "; ".join(
                f"{d.policy_id}: {d.reason}" for d in self.denied
            )
        needs = self.needs_person
        if needs and not interactive:
            return (
                "an interactive human approval is required by "
                + ", ".join(sorted({d.policy_id for d in needs}))
                + ": "
                + "; ".join(d.reason for d in needs)
            )
        return None


def normalize(gateway: Gateway, operations: Sequence[Operation]) -> list[Operation]:
    """The operations with cluster-scoped targets carrying no namespace, as the apiserver
    treats them (``delete Namespace/other -n shop`` deletes namespace ``other``): so the
    summary and the kubectl rendering say what runs, and the scope rule judges the truth."""
    out: list[Operation] = []
    for op in operations:
        if op.target.namespace is None or gateway.namespaced(op.target) is not False:
            out.append(op)
            continue
        target = op.target.model_copy(update={"namespace": None})
        update: dict[str, object] = {"target": target}
        if isinstance(op, ApplyOp):
            meta = {k: v for k, v in (op.manifest.get("metadata") or {}).items()}
            meta.pop("namespace", None)
            update["manifest"] = {**op.manifest, "metadata": meta}
        # Revalidated, so the manifest still matches its target.
        out.append(type(op).model_validate({**op.model_dump(), **update}))
    return out


def assess(
    gateway: Gateway,
    operations: Sequence[Operation],
    *,
    namespace: str,
    intent: str,
    policies: PolicySet,
    namespace_labels: dict[str, str] | None = None,
    indices: Sequence[int] | None = None,
) -> Assessment:
    """Dry-run and judge ``operations`` (only those at ``indices``; default all) now.

    ``intent`` is the text the person gave (with refinements): the unattended guard reads the
    names in it. ``namespace_labels``: those of ``namespace`` if the caller just read them.
    """
    chosen = list(range(len(operations))) if indices is None else list(indices)
    ops = [operations[i] for i in chosen]
    states: dict[str, Json | None] = {}
    afters: dict[int, Json | None] = {}
    scopes: dict[str, bool] = {}
    results: list[DryRunResult] = []
    for local, op in enumerate(ops):
        key = op.target.key
        scope = gateway.namespaced(op.target)
        if scope is not None:
            scopes[key] = scope
        current = gateway.get_raw(op.target) if scope is not None else None
        states.setdefault(key, current)
        rehearsal = gateway.rehearse(op, current=current)
        results.append(rehearsal.result)
        if rehearsal.result.ok:
            afters[local] = rehearsal.after
    in_force = policies.in_force
    unnamed: set[str] = set()

    def list_objects(api_version: str, kind: str) -> list[Json]:
        try:
            return gateway.client.list(api_version, kind, namespace)
        except NotFound:
            return []

    if any(p.rules.intent_named_targets_only for p in in_force):
        # Even a named target may point at or select an unnamed workload (an HPA named
        # after my-api scaling payments): the relations are checked for every target.
        unnamed = unnamed_targets(
            ops, intent=intent, states=states, afters=afters, list_objects=list_objects
        )
    if namespace_labels is None:
        namespace_labels = gateway.namespace_labels(namespace) or {}
    decisions = policies_mod.evaluate(
        in_force,
        ops,
        states=states,
        namespace=namespace,
        namespace_labels=namespace_labels,
        afters=afters,
        namespaced=scopes,
        unnamed=unnamed,
        scale_targets=_scale_targets(gateway, ops, afters),
    )
    decisions = [
        d if d.operation is None else d.model_copy(update={"operation": chosen[d.operation]})
        for d in decisions
    ]
    versions = {
        key: (state or {}).get("metadata", {}).get("resourceVersion", "")
        for key, state in states.items()
    }
    return Assessment(
        indices=chosen,
        dry_run=results,
        decisions=decisions,
        states=states,
        policy_set=policies.ref,
        versions=versions,
        hazards=[
            f"operation {chosen[local] + 1} ({op.summary()}) sets {switch}: a later scale-down "
            "or deletion deletes the volume claims and their data"
            for local, op in enumerate(ops)
            for switch in effects.data_loss_switches(
                op.target.kind, states.get(op.target.key), afters.get(local)
            )
        ]
        + risks.compute(
            ops,
            states=states,
            afters=afters,
            namespace=namespace,
            namespace_labels=namespace_labels,
            list_objects=list_objects,
        ),
        production=risks.production(namespace, namespace_labels),
    )


def _scale_targets(
    gateway: Gateway, ops: Sequence[Operation], afters: dict[int, Json | None]
) -> dict[int, Json | None]:
    """Each autoscaler's scale target as it is now: policies judge what the autoscaler's
    controller will do to it (one GET per autoscaler)."""
    found: dict[int, Json | None] = {}
    for local, op in enumerate(ops):
        ref = ((afters.get(local) or {}).get("spec") or {}).get("scaleTargetRef")
        if op.target.kind not in _AUTOSCALERS or not isinstance(ref, dict):
            continue
        try:
            target = Target(
                kind=str(ref.get("kind") or "Deployment"),
                name=str(ref.get("name")),
                namespace=op.target.namespace,
                api_version=str(ref.get("apiVersion") or "apps/v1"),
            )
            found[local] = gateway.get_raw(target)
        except (ValueError, NotFound):
            found[local] = None
    return found


__all__ = ["Assessment", "assess", "normalize"]
