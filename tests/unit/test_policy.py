from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import pytest

from dotop_nb.errors import ConfigError
from dotop_nb.models import (
    ApplyOp,
    DeleteOp,
    Effect,
    Operation,
    PatchOp,
    PolicyDecision,
    RolloutRestartOp,
    RolloutUndoOp,
    ScaleOp,
    SetImageOp,
    Target,
)
from dotop_nb.policy import (
    Policy,
    PolicyError,
    PolicyRules,
    PolicyScope,
    evaluate,
    load_policies,
    load_policy_set,
    parse_policies,
    summarize,
)

STARTER = Path(__file__).resolve().parents[2] / "dotop_nb" / "policy" / "starter"
ALLOW = [PolicyDecision(policy_id="default", effect="allow", reason="no policy applies")]
API = Target(kind="Deployment", name="my-api", namespace="shop")


def policy(
    *,
    id: str = "p",
    effect: str = "deny",
    scope: list[PolicyScope] | None = None,
    **rules: Any,
) -> Policy:
    return Policy(
        id=id,
        name=id.upper(),
        effect=effect,  # type: ignore[arg-type]
        scope=scope or [PolicyScope()],
        rules=PolicyRules(**rules),
    )


def container(
    name: str = "app",
    image: str = "ghcr.io/acme/app:1.0",
    *,
    requests: dict[str, str] | None = None,
    limits: dict[str, str] | None = None,
    probe: bool = True,
) -> dict[str, Any]:
    c: dict[str, Any] = {"name": name, "image": image}
    resources: dict[str, Any] = {}
    resources["requests"] = {"cpu": "100m", "memory": "128Mi"} if requests is None else requests
    if limits is not None:
        resources["limits"] = limits
    c["resources"] = resources
    if probe:
        c["readinessProbe"] = {"httpGet": {"path": "/ready", "port": 8080}}
    return c


def workload(
    kind: str = "Deployment",
    name: str = "my-api",
    namespace: str | None = "shop",
    *,
    replicas: int | None = 6,
    labels: dict[str, str] | None = None,
    containers: list[dict[str, Any]] | None = None,
    init_containers: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    pod: dict[str, Any] = {"containers": containers if containers is not None else [container()]}
    if init_containers:
        pod["initContainers"] = init_containers
    spec: dict[str, Any] = {"template": {"spec": pod}}
    if replicas is not None:
        spec["replicas"] = replicas
    meta: dict[str, Any] = {"name": name}
    if namespace:
        meta["namespace"] = namespace
    if labels:
        meta["labels"] = labels
    api = {"Job": "batch/v1"}.get(kind, "apps/v1")
    return {"apiVersion": api, "kind": kind, "metadata": meta, "spec": spec}


def apply(manifest: dict[str, Any]) -> ApplyOp:
    return ApplyOp(target=Target.of(manifest), manifest=manifest)


def run(
    policies: list[Policy],
    ops: list[Operation],
    *,
    states: Mapping[str, dict[str, Any] | None] | None = None,
    namespace: str = "shop",
    namespace_labels: dict[str, str] | None = None,
    builtin: bool = False,
) -> list[PolicyDecision]:
    """The decisions of ``policies``; the built-in safety rules' decisions (session scope,
    protected metadata) only with ``builtin`` — they have their own tests below."""
    decisions = evaluate(
        policies,
        ops,
        states=states or {},
        namespace=namespace,
        namespace_labels=namespace_labels,
    )
    if builtin:
        return decisions
    kept = [d for d in decisions if d.policy_id not in ("session-scope", "protected-metadata")]
    return kept or ALLOW


def reasons(decisions: list[PolicyDecision]) -> list[str]:
    return [d.reason for d in decisions]


def fired(decisions: list[PolicyDecision]) -> int:
    """How many decisions came from a policy (the default allow is not one)."""
    return sum(d.policy_id != "default" for d in decisions)


LIVE = {API.key: workload()}

# --- replica rules ------------------------------------------------------------------------------


def test_min_replicas_reports_the_numbers() -> None:
    [d] = run([policy(effect="warn", min_replicas=2)], [ScaleOp(target=API, replicas=1)])
    assert d == PolicyDecision(
        policy_id="p",
        policy_name="P",
        effect="warn",
        reason="scaling deployment/my-api to 1 replica; policy requires at least 2",
        operation=0,
    )


def test_min_replicas_at_the_minimum_passes() -> None:
    assert run([policy(min_replicas=2)], [ScaleOp(target=API, replicas=2)]) == ALLOW


def test_max_replicas() -> None:
    p = policy(max_replicas=100)
    assert reasons(run([p], [ScaleOp(target=API, replicas=101)])) == [
        "scaling deployment/my-api to 101 replicas; policy allows at most 100"
    ]
    assert run([p], [ScaleOp(target=API, replicas=100)]) == ALLOW


def test_replicas_of_an_applied_manifest() -> None:
    [d] = run([policy(min_replicas=2)], [apply(workload(replicas=1))], states=LIVE)
    assert (
        d.reason == "apply of deployment/my-api sets spec.replicas to 1; policy requires at least 2"
    )


def test_a_new_workload_without_replicas_gets_the_default_of_one() -> None:
    op = apply(workload(replicas=None))
    [d] = run([policy(min_replicas=2)], [op], states={API.key: None})
    assert d.reason == (
        "apply of deployment/my-api sets spec.replicas to 1 (the default, as it is not given); "
        "policy requires at least 2"
    )
    # An existing object keeps its replicas when the manifest leaves them out (e.g. under an HPA).
    assert run([policy(min_replicas=2)], [op], states=LIVE) == ALLOW


@pytest.mark.parametrize("patch_type", ["strategic", "merge"])
def test_replicas_of_a_merge_patch(patch_type: Literal["strategic", "merge"]) -> None:
    p = policy(max_replicas=100)
    op = PatchOp(target=API, patch_type=patch_type, patch={"spec": {"replicas": 200}})
    assert reasons(run([p], [op], states=LIVE)) == [
        "patch of deployment/my-api sets spec.replicas to 200; policy allows at most 100"
    ]
    other = PatchOp(target=API, patch_type=patch_type, patch={"metadata": {"labels": {"a": "b"}}})
    assert run([p], [other], states=LIVE) == ALLOW


def test_replicas_of_a_json_patch() -> None:
    op = PatchOp(
        target=API,
        patch_type="json",
        patch=[{"op": "replace", "path": "/spec/replicas", "value": 0}],
    )
    [d] = run([policy(min_replicas=1)], [op], states=LIVE)
    assert (
        d.reason == "patch of deployment/my-api sets spec.replicas to 0; policy requires at least 1"
    )
    test = PatchOp(
        target=API, patch_type="json", patch=[{"op": "test", "path": "/spec/replicas", "value": 0}]
    )
    assert run([policy(min_replicas=1)], [test], states=LIVE) == ALLOW


def hpa(**spec: Any) -> dict[str, Any]:
    return {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": "my-api", "namespace": "shop"},
        "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "my-api"}, **spec},
    }


def test_hpa_bounds_must_respect_min_and_max() -> None:
    p = policy(min_replicas=2, max_replicas=100)
    op = apply(hpa(minReplicas=1, maxReplicas=200))
    assert reasons(run([p], [op])) == [
        "apply of horizontalpodautoscaler/my-api sets spec.minReplicas to 1; "
        "policy requires at least 2",
        "apply of horizontalpodautoscaler/my-api sets spec.maxReplicas to 200; "
        "policy allows at most 100",
    ]
    assert run([p], [apply(hpa(minReplicas=2, maxReplicas=100))]) == ALLOW


def test_a_new_hpa_without_min_replicas_runs_one() -> None:
    [d] = run([policy(min_replicas=2)], [apply(hpa(maxReplicas=10))])
    assert "spec.minReplicas to 1 (the default" in d.reason


def test_keda_scaled_object_bounds() -> None:
    manifest = {
        "apiVersion": "keda.sh/v1alpha1",
        "kind": "ScaledObject",
        "metadata": {"name": "worker", "namespace": "shop"},
        "spec": {
            "scaleTargetRef": {"name": "worker"},
            "minReplicaCount": 0,
            "maxReplicaCount": 150,
        },
    }
    assert reasons(run([policy(min_replicas=1, max_replicas=100)], [apply(manifest)])) == [
        "apply of scaledobject/worker sets spec.minReplicaCount to 0; policy requires at least 1",
        "apply of scaledobject/worker sets spec.maxReplicaCount to 150; policy allows at most 100",
    ]


def test_max_scale_down_fraction_names_from_to_and_share() -> None:
    [d] = run([policy(max_scale_down_fraction=0.5)], [ScaleOp(target=API, replicas=2)], states=LIVE)
    assert d.reason == (
        "scaling deployment/my-api from 6 to 2 removes 67% of replicas; policy allows at most 50%"
    )
    assert d.effect == "deny"


@pytest.mark.parametrize("replicas", [3, 6, 10])
def test_scale_down_within_the_fraction_or_up_passes(replicas: int) -> None:
    p = policy(max_scale_down_fraction=0.5)
    assert run([p], [ScaleOp(target=API, replicas=replicas)], states=LIVE) == ALLOW


def test_scale_down_of_an_unknown_or_new_object_is_not_judged() -> None:
    p = policy(max_scale_down_fraction=0.5)
    assert run([p], [ScaleOp(target=API, replicas=1)], states={API.key: None}) == ALLOW
    assert run([p], [ScaleOp(target=API, replicas=1)]) == ALLOW


def test_scale_down_through_apply_and_to_zero() -> None:
    p = policy(max_scale_down_fraction=0.5)
    assert reasons(run([p], [apply(workload(replicas=0))], states=LIVE)) == [
        "scaling deployment/my-api from 6 to 0 removes 100% of replicas; policy allows at most 50%"
    ]


def test_scale_down_share_is_not_rounded_onto_the_limit() -> None:
    states = {API.key: workload(replicas=101)}
    [d] = run(
        [policy(max_scale_down_fraction=0.5)], [ScaleOp(target=API, replicas=50)], states=states
    )
    assert "removes 50.5% of replicas; policy allows at most 50%" in d.reason


def test_scale_down_fraction_is_exact_at_the_limit() -> None:
    states = {API.key: workload(replicas=10)}
    p = policy(max_scale_down_fraction=0.3)
    assert run([p], [ScaleOp(target=API, replicas=7)], states=states) == ALLOW
    assert fired(run([p], [ScaleOp(target=API, replicas=6)], states=states)) == 1


# --- pod template rules -------------------------------------------------------------------------


def test_require_resource_requests_names_containers_and_resources() -> None:
    manifest = workload(
        containers=[
            container("app", requests={"cpu": "100m"}),
            container("sidecar", requests={}),
            container("ok"),
        ]
    )
    [d] = run([policy(effect="warn", require_resource_requests=True)], [apply(manifest)])
    assert d.reason == (
        "deployment/my-api: containers without resource requests: "
        "app (memory), sidecar (cpu, memory)"
    )


def test_limits_count_as_requests() -> None:
    c = container(requests={}, limits={"cpu": "1", "memory": "1Gi"})
    assert run([policy(require_resource_requests=True)], [apply(workload(containers=[c]))]) == ALLOW


def test_requests_are_checked_on_the_current_state_for_other_operations() -> None:
    states = {API.key: workload(containers=[container(requests={})])}
    p = policy(require_resource_requests=True)
    [d] = run([p], [RolloutRestartOp(target=API)], states=states)
    assert d.operation == 0
    assert "app (cpu, memory)" in d.reason
    assert run([p], [RolloutRestartOp(target=API)], states=LIVE) == ALLOW
    # Deleting a workload does not need it to be tidy.
    assert run([p], [DeleteOp(target=API)], states=states) == ALLOW


def test_a_strategic_patch_that_adds_requests_is_judged_by_its_result() -> None:
    states = {API.key: workload(containers=[container(requests={}), container("sidecar")])}
    patch = {
        "spec": {
            "template": {
                "spec": {
                    "containers": [
                        {"name": "app", "resources": {"requests": {"cpu": "1", "memory": "1Gi"}}}
                    ]
                }
            }
        }
    }
    op = PatchOp(target=API, patch=patch)
    assert run([policy(require_resource_requests=True)], [op], states=states) == ALLOW
    # A JSON merge patch replaces the whole list: "app", now with requests, is all that is left.
    merge = PatchOp(target=API, patch_type="merge", patch=patch)
    assert run([policy(require_resource_requests=True)], [merge], states=states) == ALLOW
    strategic_remove = PatchOp(
        target=API,
        patch={
            "spec": {"template": {"spec": {"containers": [{"name": "sidecar", "resources": None}]}}}
        },
    )
    [d] = run([policy(require_resource_requests=True)], [strategic_remove], states=states)
    assert "app (cpu, memory), sidecar (cpu, memory)" in d.reason


def test_require_readiness_probe() -> None:
    manifest = workload(containers=[container("app", probe=False), container("sidecar")])
    p = policy(effect="warn", require_readiness_probe=True)
    assert reasons(run([p], [apply(manifest)])) == [
        "deployment/my-api: containers without a readinessProbe: app"
    ]
    assert run([p], [apply(workload())]) == ALLOW


def test_readiness_is_not_required_of_jobs_but_requests_are() -> None:
    job = workload(
        "Job", "migrate", replicas=None, containers=[container(probe=False, requests={})]
    )
    assert run([policy(require_readiness_probe=True)], [apply(job)]) == ALLOW
    assert reasons(run([policy(require_resource_requests=True)], [apply(job)])) == [
        "job/migrate: containers without resource requests: app (cpu, memory)"
    ]


def test_cron_job_pod_template_is_found() -> None:
    manifest = {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": {"name": "report", "namespace": "shop"},
        "spec": {
            "schedule": "0 * * * *",
            "jobTemplate": {
                "spec": {"template": {"spec": {"containers": [{"name": "r", "image": "x"}]}}}
            },
        },
    }
    [d] = run([policy(require_resource_requests=True)], [apply(manifest)])
    assert d.reason == "cronjob/report: containers without resource requests: r (cpu, memory)"


def test_objects_without_pods_are_not_checked_for_hygiene() -> None:
    cm = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "shop"}}
    p = policy(require_resource_requests=True, require_readiness_probe=True)
    assert run([p], [apply(cm)]) == ALLOW


# --- operation and kind rules -------------------------------------------------------------------


def test_forbidden_operations() -> None:
    p = policy(forbidden_operations=["delete", "rollout_restart"])
    assert reasons(run([p], [DeleteOp(target=API), ScaleOp(target=API, replicas=3)])) == [
        "delete deployment/my-api in shop: delete operations are forbidden here"
    ]
    assert run([p], [ScaleOp(target=API, replicas=3)]) == ALLOW


def test_require_approval_for() -> None:
    p = policy(effect="require_approval", require_approval_for=["set_image", "rollout_undo"])
    ops: list[Operation] = [
        SetImageOp(target=API, container="app", image="ghcr.io/acme/app:2"),
        RolloutRestartOp(target=API),
        RolloutUndoOp(target=API),
    ]
    decisions = run([p], ops)
    assert [(d.operation, d.effect) for d in decisions] == [
        (0, "require_approval"),
        (2, "require_approval"),
    ]
    assert decisions[0].reason == (
        "set image of container app in deployment/my-api in shop to ghcr.io/acme/app:2: "
        "set_image operations here need approval"
    )


CLUSTER_ROLE = {
    "apiVersion": "rbac.authorization.k8s.io/v1",
    "kind": "ClusterRole",
    "metadata": {"name": "admin-ish"},
    "rules": [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}],
}


def test_forbidden_kinds_apply_and_delete_case_insensitively() -> None:
    p = policy(forbidden_kinds=["clusterrole", "ClusterRoleBinding"])
    binding = Target(
        kind="ClusterRoleBinding", name="b", api_version="rbac.authorization.k8s.io/v1"
    )
    assert reasons(run([p], [apply(CLUSTER_ROLE), DeleteOp(target=binding)])) == [
        "apply clusterrole/admin-ish: ClusterRole objects may not be changed through dotop-nb",
        "delete clusterrolebinding/b: ClusterRoleBinding objects may not be changed through "
        "dotop-nb",
    ]
    role = {**CLUSTER_ROLE, "kind": "Role", "metadata": {"name": "r", "namespace": "shop"}}
    assert run([p], [apply(role)]) == ALLOW


def test_max_operations_judges_the_plan_as_a_whole() -> None:
    p = policy(effect="warn", max_operations=2)
    ops: list[Operation] = [ScaleOp(target=API, replicas=n) for n in (3, 4, 5)]
    assert run([p], ops) == [
        PolicyDecision(
            policy_id="p",
            policy_name="P",
            effect="warn",
            reason="the plan has 3 operations in this policy's scope; it allows at most 2",
            operation=None,
        )
    ]
    assert run([p], ops[:2]) == ALLOW


def test_max_operations_counts_only_operations_in_scope() -> None:
    p = policy(max_operations=1, scope=[PolicyScope(namespaces=["production"])])
    elsewhere = Target(kind="Deployment", name="web", namespace="production")
    assert (
        run([p], [ScaleOp(target=API, replicas=3), ScaleOp(target=elsewhere, replicas=3)]) == ALLOW
    )
    two = [ScaleOp(target=elsewhere, replicas=3), ScaleOp(target=elsewhere, replicas=4)]
    assert fired(run([p], list(two))) == 1


# --- registries ---------------------------------------------------------------------------------

REGISTRIES = ["ghcr.io/acme/", "registry.internal/"]


def test_set_image_from_a_foreign_registry_is_denied() -> None:
    p = policy(allowed_registries=REGISTRIES)
    bad = SetImageOp(target=API, container="app", image="ghcr.io/acme-evil/app:1")
    assert reasons(run([p], [bad])) == [
        "set image of container app in deployment/my-api in shop to ghcr.io/acme-evil/app:1: "
        "image ghcr.io/acme-evil/app:1 is not from an allowed registry "
        "(ghcr.io/acme/, registry.internal/)"
    ]
    good = SetImageOp(target=API, container="app", image="registry.internal/app:2")
    assert run([p], [good]) == ALLOW


def test_every_image_of_an_applied_pod_template_is_checked() -> None:
    manifest = workload(
        containers=[container("app"), container("proxy", "docker.io/envoyproxy/envoy:v1")],
        init_containers=[container("init", "busybox:1.36")],
    )
    found = reasons(run([policy(allowed_registries=REGISTRIES)], [apply(manifest)]))
    assert len(found) == 2
    assert "image busybox:1.36 is not" in found[0]
    assert "image docker.io/envoyproxy/envoy:v1 is not" in found[1]


def test_patches_are_judged_by_the_images_they_bring_in() -> None:
    states = {API.key: workload(containers=[container("app", "quay.io/old/app:1")])}
    p = policy(allowed_registries=REGISTRIES)
    untouched = PatchOp(target=API, patch={"spec": {"replicas": 3}})
    assert run([p], [untouched], states=states) == ALLOW
    new_image = {
        "spec": {"template": {"spec": {"containers": [{"name": "app", "image": "evil.io/x:1"}]}}}
    }
    [d] = run([p], [PatchOp(target=API, patch=new_image)], states=states)
    assert "image evil.io/x:1 is not from an allowed registry" in d.reason
    json_patch = PatchOp(
        target=API,
        patch_type="json",
        patch=[
            {
                "op": "replace",
                "path": "/spec/template/spec/containers/0/image",
                "value": "evil.io/y",
            },
            {
                "op": "add",
                "path": "/spec/template/spec/containers/-",
                "value": container("s", "evil.io/z"),
            },
        ],
    )
    assert [r.split(": ")[-1] for r in reasons(run([p], [json_patch], states=states))] == [
        "image evil.io/y is not from an allowed registry (ghcr.io/acme/, registry.internal/)",
        "image evil.io/z is not from an allowed registry (ghcr.io/acme/, registry.internal/)",
    ]


@pytest.mark.parametrize(
    ("image", "allowed"),
    [
        ("nginx:1.27", True),
        ("library/nginx:1.27", True),
        ("docker.io/library/nginx:1.27", True),
        ("bitnami/redis:7", False),
        ("localhost:5000/nginx", False),
    ],
)
def test_short_docker_hub_names_match_their_full_form(image: str, allowed: bool) -> None:
    p = policy(allowed_registries=["docker.io/library/"])
    op = SetImageOp(target=API, container="app", image=image)
    assert (run([p], [op]) == ALLOW) is allowed


def test_registry_prefixes_must_end_with_a_slash() -> None:
    text = "id: r\nname: R\neffect: deny\nrules:\n  allowed_registries: [ghcr.io/acme]\n"
    with pytest.raises(PolicyError) as err:
        parse_policies(text, source="r.yaml")
    assert "r.yaml (document 1): rules.allowed_registries: 'ghcr.io/acme' must end with '/'" in str(
        err.value
    )


# --- scope --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("namespace", "applies"),
    [("shop", True), ("prod-eu", True), ("production", False), ("preprod-eu", False)],
)
def test_namespace_globs(namespace: str, applies: bool) -> None:
    p = policy(forbidden_operations=["delete"], scope=[PolicyScope(namespaces=["shop", "prod-*"])])
    op = DeleteOp(target=Target(kind="Deployment", name="x", namespace=namespace))
    assert (run([p], [op]) != ALLOW) is applies


def test_the_target_namespace_wins_over_the_plan_namespace() -> None:
    p = policy(forbidden_operations=["delete"], scope=[PolicyScope(namespaces=["production"])])
    assert run([p], [DeleteOp(target=API)], namespace="production") == ALLOW
    # A cluster-scoped object belongs to the plan's namespace for scoping.
    node_role = Target(kind="ClusterRole", name="x", api_version="rbac.authorization.k8s.io/v1")
    assert fired(run([p], [DeleteOp(target=node_role)], namespace="production")) == 1


def test_namespace_labels() -> None:
    p = policy(
        forbidden_operations=["delete"],
        scope=[PolicyScope(namespace_labels={"env": "production", "team": "shop"})],
    )
    op = DeleteOp(target=API)
    assert (
        fired(run([p], [op], namespace_labels={"env": "production", "team": "shop", "x": "y"})) == 1
    )
    assert run([p], [op], namespace_labels={"env": "production"}) == ALLOW
    assert run([p], [op], namespace_labels={"env": "staging", "team": "shop"}) == ALLOW
    assert run([p], [op]) == ALLOW  # unknown labels match no label selector


def test_labels_of_other_namespaces_come_from_their_state() -> None:
    p = policy(
        forbidden_operations=["delete"], scope=[PolicyScope(namespace_labels={"env": "production"})]
    )
    ns = {
        "apiVersion": "v1",
        "kind": "Namespace",
        "metadata": {"name": "shop", "labels": {"env": "production"}},
    }
    states: dict[str, dict[str, Any] | None] = {"v1/Namespace//shop": ns}
    assert fired(run([p], [DeleteOp(target=API)], states=states, namespace="default")) == 1
    # The caller's labels describe the plan's namespace only.
    assert (
        run(
            [p], [DeleteOp(target=API)], namespace="default", namespace_labels={"env": "production"}
        )
        == ALLOW
    )


def test_object_labels_come_from_the_live_object() -> None:
    p = policy(
        forbidden_operations=["apply", "delete"], scope=[PolicyScope(labels={"tier": "backend"})]
    )
    backend = {API.key: workload(labels={"tier": "backend", "app": "my-api"})}
    frontend = {API.key: workload(labels={"tier": "frontend"})}
    assert fired(run([p], [DeleteOp(target=API)], states=backend)) == 1
    assert run([p], [DeleteOp(target=API)], states=frontend) == ALLOW
    # Relabelling in the same apply does not move a live object out of scope...
    assert fired(run([p], [apply(workload(labels={"tier": "x"}))], states=backend)) == 1
    # ...while a new object is judged by the labels it is created with.
    assert (
        fired(run([p], [apply(workload(labels={"tier": "backend"}))], states={API.key: None})) == 1
    )
    assert run([p], [apply(workload(labels={"tier": "x"}))], states={API.key: None}) == ALLOW


def test_kinds() -> None:
    p = policy(
        forbidden_operations=["delete"], scope=[PolicyScope(kinds=["statefulset", "DaemonSet"])]
    )
    db = Target(kind="StatefulSet", name="db", namespace="shop")
    assert fired(run([p], [DeleteOp(target=db)])) == 1
    assert run([p], [DeleteOp(target=API)]) == ALLOW


def test_every_criterion_of_a_selector_must_match_but_any_selector_may() -> None:
    both = PolicyScope(namespaces=["shop"], kinds=["StatefulSet"])
    p = policy(forbidden_operations=["delete"], scope=[both])
    assert run([p], [DeleteOp(target=API)]) == ALLOW
    either = policy(
        forbidden_operations=["delete"],
        scope=[PolicyScope(namespaces=["production"]), PolicyScope(kinds=["Deployment"])],
    )
    assert fired(run([either], [DeleteOp(target=API)])) == 1


# --- effects, default, order --------------------------------------------------------------------


def test_no_policies_or_none_in_scope_is_the_default_allow() -> None:
    assert run([], [DeleteOp(target=API)]) == ALLOW
    p = policy(forbidden_operations=["delete"], scope=[PolicyScope(namespaces=["other"])])
    assert run([p], [DeleteOp(target=API)]) == ALLOW
    assert run([p], []) == ALLOW


@pytest.mark.parametrize(
    ("effects", "expected"),
    [
        ([], "allow"),
        (["allow"], "allow"),
        (["warn", "allow"], "warn"),
        (["warn", "require_approval"], "require_approval"),
        (["deny", "warn", "require_approval"], "deny"),
    ],
)
def test_summarize_takes_the_strongest_effect(effects: list[Effect], expected: Effect) -> None:
    decisions = [PolicyDecision(policy_id="x", effect=e, reason="r") for e in effects]
    assert summarize(decisions) == expected


def test_each_decision_carries_its_policy_effect() -> None:
    policies = [
        policy(id="w", effect="warn", forbidden_operations=["delete"]),
        policy(id="a", effect="require_approval", forbidden_operations=["delete"]),
    ]
    decisions = run(policies, [DeleteOp(target=API)])
    assert [(d.policy_id, d.policy_name, d.effect) for d in decisions] == [
        ("w", "W", "warn"),
        ("a", "A", "require_approval"),
    ]
    assert summarize(decisions) == "require_approval"


def test_decisions_are_in_policy_order_then_operation_order() -> None:
    cap = policy(id="cap", max_operations=2, max_replicas=5)
    no_delete = policy(id="no-delete", forbidden_operations=["delete"])
    ops: list[Operation] = [
        DeleteOp(target=API),
        ScaleOp(target=API, replicas=9),
        DeleteOp(target=Target(kind="Deployment", name="b", namespace="shop")),
    ]
    forward = run([cap, no_delete], ops)
    assert [(d.policy_id, d.operation) for d in forward] == [
        ("cap", None),
        ("cap", 1),
        ("no-delete", 0),
        ("no-delete", 2),
    ]
    backward = run([no_delete, cap], ops)
    assert [(d.policy_id, d.operation) for d in backward] == [
        ("no-delete", 0),
        ("no-delete", 2),
        ("cap", None),
        ("cap", 1),
    ]
    assert run([cap, no_delete], ops) == forward


def test_rules_of_one_policy_report_in_a_fixed_order() -> None:
    p = policy(
        forbidden_operations=["apply"],
        require_approval_for=["apply"],
        forbidden_kinds=["Deployment"],
        min_replicas=2,
        allowed_registries=["ghcr.io/acme/"],
        require_resource_requests=True,
        require_readiness_probe=True,
    )
    manifest = workload(
        replicas=1, containers=[container(image="x.io/a", requests={}, probe=False)]
    )
    found = reasons(run([p], [apply(manifest)]))
    assert [r.split(": ")[-1].split(";")[-1].strip() for r in found] == [
        "apply operations are forbidden here",
        "apply operations here need approval",
        "Deployment objects may not be changed through dotop-nb",
        "policy requires at least 2",
        "image x.io/a is not from an allowed registry (ghcr.io/acme/)",
        "app (cpu, memory)",
        "app",
    ]


# --- parsing and loading ------------------------------------------------------------------------

EXAMPLE = """\
id: scaling-constraints
name: Scaling Constraints
description: Minimum redundancy and cost protection for every workload
scope:                       # all optional; empty scope = everything
  namespaces: [shop, "prod-*"]
  namespace_labels: {env: production}
  labels: {tier: backend}
  kinds: [Deployment, StatefulSet]
effect: deny
rules:
  min_replicas: 2
  max_replicas: 100
  max_scale_down_fraction: 0.5
rationale: |
  Enforces minimum redundancy and prevents runaway scaling costs.
"""


def test_parse_the_documented_example() -> None:
    [p] = parse_policies(EXAMPLE, source="policies/scaling.yaml")
    assert p.id == "scaling-constraints"
    assert p.name == "Scaling Constraints"
    assert p.source == "policies/scaling.yaml"
    assert p.scope == [
        PolicyScope(
            namespaces=["shop", "prod-*"],
            namespace_labels={"env": "production"},
            labels={"tier": "backend"},
            kinds=["Deployment", "StatefulSet"],
        )
    ]
    assert p.rules == PolicyRules(min_replicas=2, max_replicas=100, max_scale_down_fraction=0.5)
    assert p.rationale.startswith("Enforces minimum redundancy")
    assert "source" not in p.model_dump()


def test_several_documents_and_an_empty_scope() -> None:
    text = (
        "id: a\nname: A\neffect: warn\nscope:\nrules: {max_operations: 3}\n---\n"
        "id: b\nname: B\neffect: deny\nscope: {}\nrules: {forbidden_operations: [delete]}\n---\n"
    )
    a, b = parse_policies(text, source="x.yaml")
    assert (a.id, b.id) == ("a", "b")
    assert a.scope == b.scope == [PolicyScope()]


def errors_of(text: str, source: str = "policies/scaling.yaml") -> str:
    with pytest.raises(PolicyError) as err:
        parse_policies(text, source=source)
    assert isinstance(err.value, ConfigError)
    assert err.value.exit_code == 2
    assert err.value.hint
    return err.value.message


VALID = "id: ok\nname: OK\neffect: warn\nrules: {min_replicas: 1}\n---\n"


def test_wrong_type_names_file_document_and_field_and_what_to_do() -> None:
    text = VALID + "id: s\nname: S\neffect: deny\nrules:\n  max_replicas: lots\n"
    with pytest.raises(PolicyError) as err:
        parse_policies(text, source="policies/scaling.yaml")
    assert err.value.message == (
        "policies/scaling.yaml (document 2): rules.max_replicas: Input should be a valid integer"
    )
    assert err.value.hint == (
        "Fix it in policies/scaling.yaml; help(dotop_nb.policy) shows the policy format."
    )
    assert str(err.value).endswith(f"→ {err.value.hint}")


def test_numbers_in_quotes_are_not_numbers() -> None:
    message = errors_of("id: s\nname: S\neffect: deny\nrules:\n  max_replicas: '100'\n")
    assert message.endswith("rules.max_replicas: Input should be a valid integer")


def test_bad_yaml_names_the_line() -> None:
    message = errors_of("id: s\nname: S\n  effect: deny\n")
    assert message.startswith("policies/scaling.yaml: not valid YAML: line 3, column 9: ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "id: s\nname: S\neffect: deny\nrules: {min_replica: 2}\n",
            "(document 1): rules.min_replica: unknown field (known: min_replicas, max_replicas,",
        ),
        (
            "id: s\nname: S\neffect: deny\nscope: {namespace: [a]}\nrules: {min_replicas: 2}\n",
            "(document 1): scope.namespace: unknown field (known: namespaces, namespace_labels, "
            "labels, kinds)",
        ),
        (
            "id: s\nname: S\neffect: deny\nscope: [{}, {kind: [A]}]\nrules: {min_replicas: 2}\n",
            "(document 1): scope[1].kind: unknown field",
        ),
        (
            "id: s\nname: S\neffect: deny\nrule: {min_replicas: 2}\n",
            "(document 1): rules: Field required; rule: unknown field (known: id, name, "
            "description, scope, effect, rules, rationale)",
        ),
        (
            "id: s\nname: S\neffect: block\nrules: {min_replicas: 2}\n",
            "effect: Input should be 'deny', 'require_approval' or 'warn'",
        ),
        (
            "id: s\nname: S\neffect: deny\nrules: {forbidden_operations: [drain]}\n",
            "rules.forbidden_operations[0]: Input should be 'apply', 'patch', 'scale'",
        ),
        (
            "id: s\nname: S\neffect: deny\nrules: {}\n",
            "rules: no rule is set; give at least one of",
        ),
        (
            "id: s\nname: S\neffect: deny\nrules: {min_replicas: 5, max_replicas: 3}\n",
            "rules: min_replicas (5) is greater than max_replicas (3)",
        ),
        (
            "id: s\nname: S\neffect: deny\nrules: {max_scale_down_fraction: 1.5}\n",
            "rules.max_scale_down_fraction: Input should be less than or equal to 1",
        ),
        (
            "id: Scaling_Rules\nname: S\neffect: deny\nrules: {min_replicas: 2}\n",
            "id: 'Scaling_Rules': use lowercase letters, digits and '-'",
        ),
        ("- id: s\n", "(document 1): a policy is a mapping (id, name,"),
        (
            "id: s\nname: S\nsource: x\neffect: deny\nrules: {min_replicas: 2}\n",
            "(document 1): source: unknown field",
        ),
        (
            "id: s\nname: S\neffect: deny\nscope: {namespaces: [no]}\nrules: {min_replicas: 2}\n",
            "scope.namespaces[0]: Input should be a valid string",
        ),
    ],
)
def test_invalid_policies_say_where_and_what(text: str, expected: str) -> None:
    assert expected in errors_of(text)


def test_duplicate_ids_in_one_file() -> None:
    message = errors_of(VALID + VALID)
    assert message == (
        "policy id 'ok' is used twice: in policies/scaling.yaml (document 1) and in "
        "policies/scaling.yaml (document 2)"
    )


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


def test_load_reads_yaml_files_in_name_order(tmp_path: Path) -> None:
    write(tmp_path, "b.yml", "id: b\nname: B\neffect: warn\nrules: {min_replicas: 1}\n")
    write(tmp_path, "a.yaml", "id: a\nname: A\neffect: warn\nrules: {min_replicas: 1}\n")
    write(tmp_path, "notes.md", "not a policy")
    write(tmp_path, ".c.yaml", "editor backup: [")
    (tmp_path / "sub.yaml").mkdir()
    policies = load_policies(tmp_path)
    assert [(p.id, Path(p.source).name) for p in policies] == [("a", "a.yaml"), ("b", "b.yml")]


def test_load_names_the_file_with_the_error(tmp_path: Path) -> None:
    path = write(tmp_path, "scaling.yaml", VALID.replace("id: ok", "id: ok\nefect: deny"))
    with pytest.raises(PolicyError) as err:
        load_policies(tmp_path)
    assert err.value.message == f"{path} (document 1): efect: unknown field (known: id, name, " + (
        "description, scope, effect, rules, rationale)"
    )


def test_duplicate_ids_across_files_name_both(tmp_path: Path) -> None:
    first = write(tmp_path, "a.yaml", VALID)
    second = write(
        tmp_path, "b.yaml", "id: x\nname: X\neffect: warn\nrules: {min_replicas: 1}\n---\n" + VALID
    )
    with pytest.raises(PolicyError) as err:
        load_policies(tmp_path)
    assert err.value.message == (
        f"policy id 'ok' is used twice: in {first} (document 1) and in {second} (document 2)"
    )


def test_a_missing_explicit_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as err:
        load_policies(tmp_path / "nowhere")
    assert err.value.message == f"policy folder {tmp_path / 'nowhere'} does not exist"
    assert err.value.hint is not None
    assert "DOTOP_POLICIES" in err.value.hint


def test_a_file_is_not_a_folder(tmp_path: Path) -> None:
    path = write(tmp_path, "one.yaml", VALID)
    with pytest.raises(PolicyError, match="is not a folder"):
        load_policies(path)


def test_a_missing_default_folder_means_the_shipped_starter_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Finding 9 of issue 10: a folder without ./policies ran with no policies, silently.
    monkeypatch.delenv("DOTOP_POLICIES", raising=False)
    monkeypatch.chdir(tmp_path)
    assert [p.id for p in load_policies()] == [p.id for p in load_policies(STARTER)]
    assert load_policy_set().origin == "starter"
    assert "starter policies shipped with dotop-nb" in load_policy_set().describe()
    write(tmp_path / "policies", "p.yaml", VALID)
    assert [p.id for p in load_policies()] == ["ok"]
    assert load_policy_set().describe() == f"1 policy from {tmp_path / 'policies'}"


@pytest.mark.parametrize("how", ["env", "argument"])
def test_no_policies_is_an_explicit_choice_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "policies", "p.yaml", VALID)
    if how == "env":
        monkeypatch.setenv("DOTOP_POLICIES", "none")
        chosen = load_policy_set()
    else:
        monkeypatch.delenv("DOTOP_POLICIES", raising=False)
        chosen = load_policy_set("none")
    assert chosen.policies == []
    assert chosen.origin == "none"
    assert chosen.describe().startswith("NO POLICIES (explicitly chosen")
    # The built-in default policy still holds: "none" means no organisational policies.
    assert [p.id for p in chosen.in_force] == ["unattended-guard"]


def test_an_empty_policy_folder_is_reported_loudly(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    chosen = load_policy_set(tmp_path / "empty")
    assert chosen.describe() == f"NO POLICIES: the policy folder {tmp_path / 'empty'} holds none"


def test_a_policy_of_the_same_id_replaces_the_unattended_guard(tmp_path: Path) -> None:
    write(
        tmp_path / "team",
        "guard.yaml",
        "id: unattended-guard\nname: Relaxed\neffect: warn\n"
        "rules: {require_approval_for: [delete]}\n",
    )
    [guard] = [p for p in load_policy_set(tmp_path / "team").in_force if p.id == "unattended-guard"]
    assert guard.effect == "warn"
    assert not guard.rules.intent_named_targets_only


def test_the_environment_names_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "team", "p.yaml", VALID)
    monkeypatch.setenv("DOTOP_POLICIES", str(tmp_path / "team"))
    assert [p.id for p in load_policies()] == ["ok"]
    monkeypatch.setenv("DOTOP_POLICIES", str(tmp_path / "missing"))
    with pytest.raises(PolicyError, match="does not exist"):
        load_policies()


# --- the starter policies -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def starter() -> list[Policy]:
    return load_policies(STARTER)


def test_starter_policies_load(starter: list[Policy]) -> None:
    assert sorted(p.id for p in starter) == [
        "minimum-redundancy",
        "no-cluster-admin",
        "pod-security",
        "production-approval",
        "rbac-approval",
        "scaling-constraints",
        "velero-backups",
        "workload-hygiene",
    ]
    assert all(p.name and p.description and p.rationale for p in starter)
    assert {Path(p.source).name for p in starter} == {
        "production-approval.yaml",
        "scaling-constraints.yaml",
        "workload-hygiene.yaml",
        "no-cluster-admin.yaml",
        "velero-backups.yaml",
        "pod-security.yaml",
        "rbac-approval.yaml",
    }


def test_starter_denies_a_drastic_scale_down(starter: list[Policy]) -> None:
    decisions = run(starter, [ScaleOp(target=API, replicas=2)], states=LIVE)
    assert decisions == [
        PolicyDecision(
            policy_id="scaling-constraints",
            policy_name="Scaling Constraints",
            effect="deny",
            reason="scaling deployment/my-api from 6 to 2 removes 67% of replicas; "
            "policy allows at most 50%",
            operation=0,
        )
    ]
    assert summarize(decisions) == "deny"


def test_starter_allows_a_tidy_change(starter: list[Policy]) -> None:
    assert run(starter, [ScaleOp(target=API, replicas=4)], states=LIVE) == ALLOW


def test_starter_warns_about_one_replica_and_untidy_workloads(starter: list[Policy]) -> None:
    manifest = workload(replicas=None, containers=[container(requests={}, probe=False)])
    decisions = run(starter, [apply(manifest)], states={API.key: None})
    assert [(d.policy_id, d.effect) for d in decisions] == [
        ("minimum-redundancy", "warn"),
        ("workload-hygiene", "warn"),
        ("workload-hygiene", "warn"),
    ]
    assert summarize(decisions) == "warn"


def production_ops(namespace: str) -> list[Operation]:
    target = Target(kind="Deployment", name="my-api", namespace=namespace)
    manifest = workload(namespace=namespace)
    return [
        ApplyOp(target=target, manifest=manifest),
        PatchOp(target=target, patch={"metadata": {"annotations": {"a": "b"}}}),
        ScaleOp(target=target, replicas=6),
        SetImageOp(target=target, container="app", image="ghcr.io/acme/app:2"),
        RolloutUndoOp(target=target),
        DeleteOp(target=target),
    ]


@pytest.mark.parametrize(
    ("namespace", "labels"),
    [("production", None), ("prod-eu", None), ("payments", {"env": "production"})],
)
def test_starter_requires_approval_for_changes_in_production(
    starter: list[Policy], namespace: str, labels: dict[str, str] | None
) -> None:
    ops = production_ops(namespace)
    target = ops[0].target
    decisions = run(
        starter,
        ops,
        states={target.key: workload(namespace=namespace)},
        namespace=namespace,
        namespace_labels=labels,
    )
    assert [(d.policy_id, d.operation) for d in decisions] == [
        ("production-approval", index) for index in range(len(ops))
    ]
    assert summarize(decisions) == "require_approval"


def test_starter_lets_production_restart_and_staging_change(starter: list[Policy]) -> None:
    target = Target(kind="Deployment", name="my-api", namespace="production")
    states = {target.key: workload(namespace="production")}
    restart = run(starter, [RolloutRestartOp(target=target)], states=states, namespace="production")
    assert restart == ALLOW
    staging = production_ops("staging")
    states = {staging[0].target.key: workload(namespace="staging")}
    assert (
        run(
            starter,
            staging,
            states=states,
            namespace="staging",
            namespace_labels={"env": "staging"},
        )
        == ALLOW
    )


def test_starter_denies_cluster_rbac(starter: list[Policy]) -> None:
    decisions = run(starter, [apply(CLUSTER_ROLE)])
    assert [(d.policy_id, d.effect) for d in decisions] == [("no-cluster-admin", "deny")]
