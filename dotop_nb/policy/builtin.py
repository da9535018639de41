"""The built-in safety rules, which hold whatever policy set is loaded (even none).

* ``session-scope`` — a session acts inside its namespace: a namespaced target must be in it, and
  a cluster-scoped kind (Namespace, PriorityClass, ClusterRole, StorageClass, CRDs, Nodes …) is
  denied unless a policy lists it in ``allow_cluster_scoped_kinds``; a kind in another namespace
  unless a policy names both in ``allow_namespaces`` (:mod:`dotop_nb.scoping`).
* ``protected-metadata`` — setting or changing ``metadata.ownerReferences`` or
  ``metadata.finalizers`` is denied unless a policy lists the field in ``allow_metadata_changes``
  (an owner reference to a missing owner makes the garbage collector delete the object; a
  finalizer can keep it from ever being deleted).
* ``rbac-escalation`` — a RoleBinding or ClusterRoleBinding that reaches the ClusterRoles
  cluster-admin, admin, edit or a control-plane ``system:`` role, or binds the groups
  system:authenticated, system:unauthenticated, system:serviceaccounts(:<namespace>) or the user
  system:anonymous, is denied unless a policy lists that role or subject in ``allow_bindings``
  (judged on the after-object: what the binding grants once the plan ran and did not before —
  a powerful binding that gains a subject counts too).
* ``unattended-guard`` — a default *policy* (:data:`UNATTENDED_GUARD`): deletions and operations
  on objects that the intent does not name (and that no named object owns or selects) need an
  interactive approval. An organisation relaxes it with a policy file of the same id.

A granted exception is itself a decision with the granting policy's effect, so the proposal
says which policy let it through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from dotop_nb import scoping
from dotop_nb.models import Json, Operation
from dotop_nb.policy.model import Policy, PolicyRules

SCOPE_ID = "session-scope"
METADATA_ID = "protected-metadata"
BINDINGS_ID = "rbac-escalation"
POWERFUL_ROLES = frozenset({"cluster-admin", "admin", "edit"})
_HARMLESS_ROLES = frozenset({"system:discovery", "system:basic-user", "system:public-info-viewer"})
EVERYONE = frozenset(
    {"system:authenticated", "system:unauthenticated", "system:anonymous", "system:serviceaccounts"}
)

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
    op: Operation,
    *,
    namespaced: bool,
    namespace: str,
    applicable: Sequence[Policy],
    objects: Sequence[Json | None] = (),
) -> Iterator[tuple[str, Policy | None]]:
    """(reason, granting policy or None for a denial) for an operation outside the session.

    ``applicable``: the policies whose scope matches the operation, in order (the first grant
    wins). ``objects``: the target before and after the operation. The decision itself is
    :func:`dotop_nb.scoping.judge`, which the planner's tools use too."""
    return scoping.judge(
        op.target,
        what=op.summary(),
        namespaced=namespaced,
        namespace=namespace,
        cluster_kinds=[(p, p.rules.allow_cluster_scoped_kinds) for p in applicable],
        namespace_grants=[(p, g) for p in applicable for g in p.rules.allow_namespaces],
        objects=objects,
    )


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


def _powerful_role(binding: Json) -> str | None:
    """The ClusterRole a binding grants when it is a powerful one: cluster-admin, admin, edit,
    or a ``system:`` role of the control plane (controllers' roles reach every object of their
    kinds), except the harmless discovery roles every user holds."""
    role = binding.get("roleRef") or {}
    if not isinstance(role, dict) or role.get("kind") != "ClusterRole":
        return None
    name = str(role.get("name"))
    if name in POWERFUL_ROLES or (name.startswith("system:") and name not in _HARMLESS_ROLES):
        return name
    return None


def _subjects(binding: Json | None) -> set[str]:
    return {
        f"{s.get('kind')}:{s.get('namespace', '')}:{s.get('name')}"
        for s in (binding or {}).get("subjects") or []
        if isinstance(s, dict)
    }


def binding_grants(binding: Json | None) -> set[str]:
    """The powerful roles and everyone-subjects a (Cluster)RoleBinding reaches."""
    if not binding or binding.get("kind") not in ("RoleBinding", "ClusterRoleBinding"):
        return set()
    found = set()
    role = _powerful_role(binding)
    if role:
        found.add(role)
    for subject in binding.get("subjects") or []:
        if isinstance(subject, dict) and subject.get("kind") in ("Group", "User"):
            name = str(subject.get("name"))
            # system:serviceaccounts:<ns> is every service account of a namespace.
            if name.startswith("system:serviceaccounts:"):
                name = "system:serviceaccounts"
            found |= {name} & EVERYONE
    return found


def _reached(before: Json | None, after: Json | None) -> set[str]:
    """What the plan newly grants: powerful roles and everyone-subjects the binding did not
    reach before, and a powerful role given to subjects that did not hold it before."""
    found = binding_grants(after) - binding_grants(before)
    role = _powerful_role(after) if after else None
    if role and _subjects(after) - _subjects(before if _powerful_role(before or {}) else None):
        found.add(role)
    return found


def binding_findings(
    op: Operation, before: Json | None, after: Json | None, *, grant: Grant
) -> Iterator[tuple[str, Policy | None]]:
    """(reason, granting policy or None for a denial) per powerful role or everyone-subject
    the binding reaches after the plan and did not before."""
    for reached in sorted(_reached(before, after)):

        def allows(rules: PolicyRules, wanted: str = reached) -> bool:
            return wanted in rules.allow_bindings

        policy = grant(allows)
        what = "ClusterRole" if reached in POWERFUL_ROLES else "subject"
        if policy is None:
            yield (
                f"{op.summary()}: binds {what} {reached}, which grants broad power in the "
                f"namespace; no policy allows it (allow_bindings: [{reached}])",
                None,
            )
        else:
            yield (f"{op.summary()}: binding to {reached} allowed by this policy", policy)
