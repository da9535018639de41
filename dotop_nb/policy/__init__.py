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
      max_replicas: 100
      max_scale_down_fraction: 0.5     # share of the current replicas one change may remove
      require_resource_requests: true  # cpu and memory requests on every container
      require_readiness_probe: true    # readinessProbe on every container of long-running workloads
      forbidden_operations: [delete]   # apply patch scale set_image rollout_restart
                                       # rollout_undo delete
      require_approval_for: [apply, patch]
      allowed_registries: ["ghcr.io/acme/"]   # image prefixes, each ending in '/'
      forbidden_kinds: [ClusterRole]   # no operation may touch objects of these kinds
      max_operations: 10               # operations in scope per plan
    rationale: Why the team wants it.  # optional

Every violated rule gives one :class:`~dotop_nb.models.PolicyDecision` with the policy's effect.
"""

from dotop_nb.policy.evaluation import evaluate, summarize
from dotop_nb.policy.loading import PolicyError, load_policies, parse_policies
from dotop_nb.policy.model import Policy, PolicyRules, PolicyScope

__all__ = [
    "Policy",
    "PolicyError",
    "PolicyRules",
    "PolicyScope",
    "evaluate",
    "load_policies",
    "parse_policies",
    "summarize",
]
