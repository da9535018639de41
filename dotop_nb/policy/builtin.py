"""The built-in safety rules, which hold whatever policy set is loaded (even none).

* ``session-scope`` — a session acts inside its namespace: a namespaced target must be in it, and
  a cluster-scoped kind (Namespace, PriorityClass, ClusterRole, StorageClass, CRDs, Nodes …) is
  denied unless a policy lists it in ``allow_cluster_scoped_kinds``.
* ``protected-metadata`` — setting or changing ``metadata.ownerReferences`` or
  ``metadata.finalizers`` is denied unless a policy lists the field in ``allow_metadata_changes``
  (an owner reference to a missing owner makes the garbage collector delete the object; a
  finalizer can keep it from ever being deleted).
* ``unattended-guard`` — a default *policy* (:data:`UNATTENDED_GUARD`): deletions and operations
  on objects that the intent does not name (and that no named object owns or selects) need an
  interactive approval. An organisation relaxes it with a policy file of the same id.

A granted exception is itself a decision with the granting policy's effect, so the proposal
says which policy let it through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from dotop_nb.models import Operation
from dotop_nb.policy.model import Policy, PolicyRules

SCOPE_ID = "session-scope"
METADATA_ID = "protected-metadata"

UNATTENDED_GUARD = Policy(
    id="unattended-guard",
    name="Unattended Approvals Stay Within the Intent",
    description="Deletions, and changes to objects the intent does not name, need a person",
    effect="require_approval",
    rules=PolicyRules(require_approval_for=["delete"], intent_named_targets_only=True),
    rationale=(
        "An unattended approval (CI, a runbook, --approve without a terminal) trusts the plan "
        "blindly. A planner misled by text planted in the cluster, or a typo, must not be able "
        "to delete or change an unrelated workload without a person seeing it. Objects the "
        "named target owns or selects (its HPA, PDB, Service, the ConfigMaps it mounts) stay "
        "within the intent."
    ),
    source="built-in",
)

# Cluster-scoped kinds of the core API, for callers without discovery (the engine asks the
# apiserver's discovery, which also knows CRDs).
KNOWN_CLUSTER_SCOPED = frozenset(
    {
        "Namespace",
        "Node",
        "PersistentVolume",
        "PriorityClass",
        "StorageClass",
        "ClusterRole",
        "ClusterRoleBinding",
        "CustomResourceDefinition",
        "APIService",
        "IngressClass",
        "RuntimeClass",
        "CSIDriver",
        "CSINode",
        "VolumeAttachment",
        "CertificateSigningRequest",
        "MutatingWebhookConfiguration",
        "ValidatingWebhookConfiguration",
        "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding",
        "FlowSchema",
        "PriorityLevelConfiguration",
    }
)


def with_builtin_policies(policies: Sequence[Policy]) -> list[Policy]:
    """``policies`` plus the built-in default policies they do not replace (same id)."""
    ids = {p.id for p in policies}
    return [*policies, *(p for p in (UNATTENDED_GUARD,) if p.id not in ids)]


Grant = Callable[[Callable[[PolicyRules], bool]], "Policy | None"]


def scope_findings(
    op: Operation, *, namespaced: bool, namespace: str, grant: Grant
) -> Iterator[tuple[str, Policy | None]]:
    """(reason, granting policy or None for a denial) for an operation outside the session."""
    target = op.target
    if namespaced:
        if target.namespace != namespace:
            where = f"namespace {target.namespace}" if target.namespace else "no namespace"
            yield (
                f"{op.summary()}: {target.kind} is namespaced and this session acts in "
                f"namespace {namespace}, but the target names {where}",
                None,
            )
        return
    if target.namespace is not None:
        yield (
            f"{op.summary()}: {target.kind} is cluster-scoped, so it cannot be limited to "
            f"namespace {target.namespace}",
            None,
        )
        return
    kind = target.kind.lower()
    policy = grant(lambda r: kind in {k.lower() for k in r.allow_cluster_scoped_kinds})
    if policy is None:
        yield (
            f"{op.summary()}: {target.kind} is cluster-scoped; a session acts inside its "
            f"namespace ({namespace}) and no policy allows {target.kind} "
            "(allow_cluster_scoped_kinds)",
            None,
        )
    else:
        yield (f"{op.summary()}: cluster-scoped {target.kind} allowed by this policy", policy)


def metadata_findings(
    op: Operation, changed: list[str], *, grant: Grant
) -> Iterator[tuple[str, Policy | None]]:
    """(reason, granting policy or None for a denial) per sensitive metadata field changed."""
    for field in changed:

        def allows(rules: PolicyRules, wanted: str = field) -> bool:
            return wanted in rules.allow_metadata_changes

        policy = grant(allows)
        if policy is None:
            yield (
                f"{op.summary()}: changes metadata.{field}, which decides when the object is "
                f"deleted; no policy allows it (allow_metadata_changes: [{field}])",
                None,
            )
        else:
            yield (f"{op.summary()}: change of metadata.{field} allowed by this policy", policy)
