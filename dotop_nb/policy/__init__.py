"""Deterministic policy engine: YAML policies a team reviews like code, checked against a plan.

Pure: the only I/O is reading policy files. The same policies, operations and current states give
the same decisions in the same order (policy order, then operation index).

One policy per YAML document, several per file separated by ``---``::

    id: scaling-constraints            # unique across all files; lowercase letters, digits, '-'
    name: Scaling Constraints
    description: Cost protection for every workload      # optional
    scope:                             # optional; omitted or {} = everything
      namespaces: [shop, "prod-*"]     # glob patterns, any may match
      namespace_labels: {env: production}   # all must match (labels of the target's namespace)
      labels: {tier: backend}          # all must match (labels of the target object)
      kinds: [Deployment, StatefulSet] # any may match
    # `scope` may also be a list of such selectors: the policy applies if any of them matches.
    effect: deny                       # deny | require_approval | warn
    rules:                             # at least one
      min_replicas: 2                  # replicas; HPA and KEDA ScaledObject min/max too
      max_replicas: 100                # a Job's (CronJob's) parallelism too
      max_scale_down_fraction: 0.5     # share of the current replicas one change may remove
                                       # (an autoscaler's maximum below its target's too)
      pod_security: true               # no privileged / host namespaces / hostPath / SYS_ADMIN
      require_resource_requests: true  # cpu and memory requests on every container
      require_readiness_probe: true    # readinessProbe on every container of long-running workloads
      forbidden_operations: [delete]   # apply patch scale set_image rollout_restart
                                       # rollout_undo delete
      require_approval_for: [apply, patch]
      allowed_registries: ["ghcr.io/acme/"]   # image prefixes, each ending in '/'
      forbidden_kinds: [ClusterRole]   # no operation may touch objects of these kinds
      max_operations: 10               # operations in scope per plan
      intent_named_targets_only: true  # objects the intent names, or that they own or select
      allow_cluster_scoped_kinds: [PriorityClass]   # grants: see "Built-in safety rules"
      allow_namespaces:                # a kind in one other namespace (dotop_nb.scoping)
        - {namespace: velero, kinds: [Schedule],
           session_namespace_fields: [spec.template.includedNamespaces]}
        - {namespace: velero, kinds: [Restore],   # unset_fields: must be absent or empty
           session_namespace_fields: [spec.includedNamespaces],
           unset_fields: [spec.namespaceMapping]}
      allow_metadata_changes: [ownerReferences, finalizers]
      allow_bindings: [edit]           # roles/subjects a RoleBinding may reach (rbac-escalation)
    rationale: Why the team wants it.  # optional

Every violated rule gives one :class:`~dotop_nb.models.PolicyDecision` with the policy's effect.
Rules are read from the effect of each operation: the target before, and after as the server-side
dry-run returns it.

Built-in safety rules (:mod:`dotop_nb.policy.builtin`) hold whatever set is loaded: the session's
namespace (cluster-scoped kinds only with ``allow_cluster_scoped_kinds``, a kind in another
namespace only with ``allow_namespaces``, confined to the session's namespace), ownerReferences and
finalizers (only with ``allow_metadata_changes``), bindings to powerful roles or to everyone
(``rbac-escalation``, only with ``allow_bindings``), and the default ``unattended-guard`` policy
(deletes and objects outside the intent need an interactive approval; replace it with a policy of
the same id). A StatefulSet claim retention switched to ``Delete`` is judged as a delete.
A policy that grants (``allow_*``) needs effect ``warn`` or ``require_approval``.

Which set applies: ``policies=`` / ``DOTOP_POLICIES`` (a folder, or ``none`` for explicitly no
policies), else ``./policies``, else the starter set shipped in the package
(:func:`load_policy_set`).
"""

from dotop_nb.policy.builtin import UNATTENDED_GUARD, with_builtin_policies
from dotop_nb.policy.evaluation import evaluate, summarize
from dotop_nb.policy.loading import (
    PolicyError,
    PolicySet,
    load_policies,
    load_policy_set,
    parse_policies,
    policy_choice,
)
from dotop_nb.policy.model import Policy, PolicyRules, PolicyScope

__all__ = [
    "UNATTENDED_GUARD",
    "Policy",
    "PolicyError",
    "PolicyRules",
    "PolicyScope",
    "PolicySet",
    "evaluate",
    "load_policies",
    "load_policy_set",
    "parse_policies",
    "policy_choice",
    "summarize",
    "with_builtin_policies",
]
