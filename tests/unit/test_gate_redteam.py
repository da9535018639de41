"""The red team's gate findings, as pure checks of the relations and the rules (no cluster).

The same attacks run on the real control plane in tests/security/test_redteam_gate.py.
"""

from __future__ import annotations

import copy
from typing import Any

from dotop_nb.gate.relations import unnamed_targets
from dotop_nb.models import ApplyOp, Operation, PatchOp, Target
from dotop_nb.policy import Policy, PolicyRules, evaluate
from dotop_nb.policy.effects import POD_SPEC, images

NS = "shop"


def workload(name: str, kind: str = "Deployment", image: str = "nginx:1.25") -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1",
        "kind": kind,
        "metadata": {"name": name, "namespace": NS, "uid": f"uid-{name}"},
        "spec": {
            "replicas": 10,
            "template": {
                "metadata": {"labels": {"app": name}},
                "spec": {"containers": [{"name": "app", "image": image}]},
            },
        },
    }


def new(kind: str, name: str, api: str = "v1", **body: Any) -> ApplyOp:
    m = {"apiVersion": api, "kind": kind, "metadata": {"name": name, "namespace": NS}, **body}
    return ApplyOp(target=Target.of(m), manifest=m)


def outside(ops: list[Operation], intent: str = "scale my-api to 3") -> set[str]:
    cluster = [workload("my-api"), workload("payments")]

    def lister(api_version: str, kind: str) -> list[dict[str, Any]]:
        return [w for w in cluster if w["kind"] == kind]

    afters = {i: op.manifest for i, op in enumerate(ops) if isinstance(op, ApplyOp)}
    return unnamed_targets(ops, intent=intent, states={}, afters=afters, list_objects=lister)


def hpa(name: str, target: str) -> ApplyOp:
    ref = {"apiVersion": "apps/v1", "kind": "Deployment", "name": target}
    return new(
        "HorizontalPodAutoscaler",
        name,
        "autoscaling/v2",
        spec={"scaleTargetRef": ref, "minReplicas": 1, "maxReplicas": 1},
    )


def test_a_name_prefix_is_no_exemption_and_relations_must_hold() -> None:
    ops: list[Operation] = [
        new("ConfigMap", "my-api-extra"),  # nothing uses it
        hpa("my-api-autoscaler", "payments"),
        hpa("my-api", "payments"),  # named, but it scales payments
        hpa("scaler", "my-api"),  # attaches to my-api
        new("Service", "my-api-public", spec={"selector": {"app": "payments"}}),
        new("Service", "my-api", spec={"selector": {"app": "my-api"}}),
        new("PodDisruptionBudget", "b", "policy/v1", spec={"selector": {}}),  # selects both
        new("Pod", "my-api-debug", spec={"containers": [{"name": "x", "image": "nginx:1.25"}]}),
        new("ServiceAccount", "my-api-sa"),
    ]
    keys = [op.target.key for op in ops]
    assert outside(ops) == {keys[i] for i in (0, 1, 2, 4, 6, 7, 8)}


def _cron(image: str, **pod: Any) -> ApplyOp:
    template = {"spec": {"containers": [{"name": "b", "image": image}], **pod}}
    spec = {"schedule": "0 2 * * *", "jobTemplate": {"spec": {"template": template}}}
    return new("CronJob", "my-api-backup", "batch/v1", spec=spec)


def test_a_job_is_within_only_as_a_companion() -> None:
    claim = {"persistentVolumeClaim": {"claimName": "my-api-backups"}}
    companion = _cron("nginx:1.25", volumes=[{"name": "v", **claim}])
    pvc = new("PersistentVolumeClaim", "my-api-backups")
    assert outside([pvc, companion]) == set()
    for bad in (
        _cron("ghcr.io/evil/x:1"),
        _cron("nginx:1.25", serviceAccountName="deployer"),
        _cron("nginx:1.25", hostPID=True),
        _cron("nginx:1.25", volumes=[{"name": "s", "secret": {"secretName": "payments-db"}}]),
    ):
        assert outside([bad]) == {bad.target.key}


def policy(**rules: Any) -> list[Policy]:
    return [Policy(id="p", name="P", effect="deny", rules=PolicyRules(**rules))]


def test_rbac_escalation_is_built_in_and_granted_only_by_a_policy() -> None:
    binding = new(
        "RoleBinding",
        "my-api-scaler",
        "rbac.authorization.k8s.io/v1",
        roleRef={"kind": "ClusterRole", "name": "cluster-admin"},
        subjects=[{"kind": "Group", "name": "system:authenticated"}],
    )
    found = evaluate([], [binding], states={}, namespace=NS)
    assert [d.policy_id for d in found] == ["rbac-escalation", "rbac-escalation"]
    grant = Policy(
        id="g",
        name="G",
        effect="warn",
        rules=PolicyRules(allow_bindings=["cluster-admin", "system:authenticated"]),
    )
    assert {d.effect for d in evaluate([grant], [binding], states={}, namespace=NS)} == {"warn"}


def test_pod_security_judges_new_privileges_of_every_kind() -> None:
    assert "ReplicationController" in POD_SPEC
    rc = workload("legacy", "ReplicationController", image="ghcr.io/x/y:1")
    assert images(rc, "ReplicationController") == ["ghcr.io/x/y:1"]
    rc["spec"]["template"]["spec"]["hostNetwork"] = True
    op = ApplyOp(target=Target.of(rc), manifest=rc)
    [denial] = evaluate(policy(pod_security=True), [op], states={}, namespace=NS)
    assert "hostNetwork" in denial.reason
    # A privilege the workload already had is not this plan's doing.
    before = copy.deepcopy(rc)
    states = {op.target.key: before}
    assert evaluate(policy(pod_security=True), [op], states=states, namespace=NS)[0].effect == (
        "allow"
    )


def test_autoscalers_and_jobs_are_judged_by_what_their_controllers_do() -> None:
    op = hpa("my-api", "payments")
    found = evaluate(
        policy(max_scale_down_fraction=0.5),
        [op],
        states={},
        namespace=NS,
        scale_targets={0: workload("payments")},
    )
    assert ["from 10 to 1" in d.reason for d in found] == [True]
    job = new(
        "Job",
        "crunch",
        "batch/v1",
        spec={"parallelism": 5000, "template": {"spec": {"containers": []}}},
    )
    [denial] = evaluate(policy(max_replicas=100), [job], states={}, namespace=NS)
    assert "5000 pods at once" in denial.reason


def test_a_claim_retention_switched_to_delete_is_judged_as_a_delete() -> None:
    sts = workload("my-db", "StatefulSet")
    target = Target.of(sts)
    patch = {"spec": {"persistentVolumeClaimRetentionPolicy": {"whenScaled": "Delete"}}}
    op = PatchOp(target=target, patch_type="merge", patch=patch)
    rules = PolicyRules(require_approval_for=["delete"])
    guard = [Policy(id="g", name="G", effect="require_approval", rules=rules)]
    [decision] = evaluate(guard, [op], states={target.key: sts}, namespace=NS)
    assert "judged as a delete" in decision.reason
