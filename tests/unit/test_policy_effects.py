"""Policies judge the effect of an operation, and the built-in safety rules (pure, no cluster).

The engine passes the after-objects of its server-side dry-run; these tests also cover the local
estimate that stands in without one. The same attacks run on the real control plane in
tests/security/test_gate.py.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from dotop_nb.gate.relations import names_in, unnamed_targets
from dotop_nb.models import (
    ApplyOp,
    DeleteOp,
    Operation,
    PatchOp,
    PolicyDecision,
    ScaleOp,
    Target,
)
from dotop_nb.policy import UNATTENDED_GUARD, Policy, PolicyError, PolicyRules, evaluate
from dotop_nb.policy.loading import parse_policies

API = Target(kind="Deployment", name="my-api", namespace="shop")
EVIL = "quay.io/evil/app:1"


def live(replicas: int = 2, image: str = "nginx:1.25") -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "my-api", "namespace": "shop", "labels": {"app": "my-api"}},
        "spec": {
            "replicas": replicas,
            "revisionHistoryLimit": 10,
            "template": {
                "metadata": {"labels": {"app": "my-api"}},
                "spec": {"containers": [{"name": "app", "image": image}]},
            },
        },
    }


STRICT = Policy(
    id="strict",
    name="Strict",
    effect="deny",
    rules=PolicyRules(max_replicas=5, allowed_registries=["docker.io/library/"]),
)


def judge(
    op: Operation, *, after: Any = None, policies: list[Policy] | None = None, **kw: Any
) -> list[PolicyDecision]:
    return evaluate(
        policies if policies is not None else [STRICT],
        [op],
        states={op.target.key: live()},
        namespace="shop",
        afters={0: after} if after is not None else None,
        **kw,
    )


def reasons(decisions: list[PolicyDecision]) -> list[str]:
    return [f"{d.policy_id}: {d.reason}" for d in decisions if d.effect != "allow"]


@pytest.mark.parametrize(
    "patch",
    [
        [{"op": "copy", "from": "/spec/revisionHistoryLimit", "path": "/spec/replicas"}],
        [{"op": "move", "from": "/spec/revisionHistoryLimit", "path": "/spec/replicas"}],
        [{"op": "replace", "path": "/spec/replicas", "value": 10}],
    ],
)
def test_json_patch_forms_that_set_replicas_are_judged(patch: list[dict[str, Any]]) -> None:
    op = PatchOp(target=API, patch_type="json", patch=patch)
    assert reasons(judge(op)) == [
        "strict: patch of deployment/my-api sets spec.replicas to 10; policy allows at most 5"
    ]


def test_add_then_copy_of_an_image_is_judged() -> None:
    op = PatchOp(
        target=API,
        patch_type="json",
        patch=[
            {"op": "add", "path": "/metadata/annotations", "value": {"x": EVIL}},
            {
                "op": "copy",
                "from": "/metadata/annotations/x",
                "path": "/spec/template/spec/containers/0/image",
            },
        ],
    )
    [reason] = reasons(judge(op))
    assert EVIL in reason
    assert "not from an allowed registry" in reason


def test_the_dry_runs_after_object_is_what_is_judged() -> None:
    # A strategic directive the local estimate does not know: the server's answer decides.
    op = PatchOp(target=API, patch_type="strategic", patch={"spec": {"$retainKeys": ["x"]}})
    assert reasons(judge(op, after=live(replicas=9, image=EVIL))) == [
        "strict: patch of deployment/my-api sets spec.replicas to 9; policy allows at most 5",
        f"strict: patch deployment/my-api in shop (strategic): image {EVIL} is not from an "
        "allowed registry (docker.io/library/)",
    ]


def test_an_unchanged_value_is_not_this_plans_doing() -> None:
    assert (
        reasons(
            judge(
                ScaleOp(target=API, replicas=2),
                policies=[
                    Policy(id="min", name="Min", effect="warn", rules=PolicyRules(min_replicas=3))
                ],
            )
        )
        == []
    )


def test_owner_references_and_finalizers_are_denied_unless_granted() -> None:
    ghost = [{"apiVersion": "v1", "kind": "ConfigMap", "name": "ghost", "uid": "u"}]
    op = PatchOp(target=API, patch_type="merge", patch={"metadata": {"ownerReferences": ghost}})
    [d] = [d for d in judge(op) if d.effect != "allow"]
    assert (d.policy_id, d.effect) == ("protected-metadata", "deny")
    grant = Policy(
        id="owners",
        name="Owners",
        effect="warn",
        rules=PolicyRules(allow_metadata_changes=["ownerReferences"]),
    )
    [d] = [d for d in judge(op, policies=[STRICT, grant]) if d.effect != "allow"]
    assert (d.policy_id, d.effect) == ("owners", "warn")
    fin = PatchOp(
        target=API,
        patch_type="json",
        patch=[{"op": "add", "path": "/metadata/finalizers", "value": ["example.com/x"]}],
    )
    assert [d.policy_id for d in judge(fin)] == ["protected-metadata"]


def test_a_grant_cannot_be_a_deny() -> None:
    with pytest.raises(PolicyError, match="grant an exception"):
        parse_policies(
            "id: g\nname: G\neffect: deny\nrules: {allow_cluster_scoped_kinds: [Namespace]}",
            source="inline",
        )


def _cluster(kind: str, namespace: str | None) -> ApplyOp:
    meta: dict[str, Any] = {"name": "x"}
    if namespace:
        meta["namespace"] = namespace
    api = {"Namespace": "v1", "PriorityClass": "scheduling.k8s.io/v1"}[kind]
    return ApplyOp(
        target=Target(kind=kind, name="x", namespace=namespace, api_version=api),
        manifest={"apiVersion": api, "kind": kind, "metadata": meta},
    )


def test_cluster_scoped_kinds_are_denied_unless_a_policy_allows_them() -> None:
    op = _cluster("PriorityClass", None)
    [d] = evaluate([], [op], states={}, namespace="shop")
    assert (d.policy_id, d.effect) == ("session-scope", "deny")
    assert "cluster-scoped" in d.reason
    grant = Policy(
        id="prio",
        name="Prio",
        effect="require_approval",
        rules=PolicyRules(allow_cluster_scoped_kinds=["priorityclass"]),
    )
    [d] = evaluate([grant], [op], states={}, namespace="shop")
    assert (d.policy_id, d.effect) == ("prio", "require_approval")
    # Discovery's answer wins over the built-in list (a cluster-scoped CRD, say).
    crd = Target(kind="Widget", name="w", namespace="shop", api_version="example.com/v1")
    [d] = evaluate(
        [], [DeleteOp(target=crd)], states={}, namespace="shop", namespaced={crd.key: False}
    )
    assert "cannot be limited to namespace shop" in d.reason


def test_a_namespaced_target_outside_the_session_is_denied() -> None:
    other = Target(kind="Deployment", name="my-api", namespace="payments")
    [d] = evaluate([], [ScaleOp(target=other, replicas=3)], states={}, namespace="shop")
    assert (d.policy_id, d.effect) == ("session-scope", "deny")


def test_a_cluster_scoped_target_renders_without_a_namespace() -> None:
    op = DeleteOp(target=Target(kind="Namespace", name="other"))
    assert op.kubectl() == "kubectl delete namespace other --cascade=foreground"
    assert op.summary() == "delete namespace/other"


def test_the_unattended_guard_marks_unnamed_targets_and_deletes() -> None:
    payments = Target(kind="Deployment", name="payments", namespace="shop")
    ops: list[Operation] = [ScaleOp(target=API, replicas=3), DeleteOp(target=payments)]
    decisions = evaluate(
        [UNATTENDED_GUARD], ops, states={}, namespace="shop", unnamed={payments.key}
    )
    assert [(d.operation, d.effect) for d in decisions] == [
        (1, "require_approval"),
        (1, "require_approval"),
    ]


def test_names_in_an_intent() -> None:
    assert {"my-api", "3"} <= names_in("Scale my-api to 3, please.")


def test_relations_keep_what_the_named_target_owns_selects_or_mounts() -> None:
    named = live()
    named["spec"]["template"]["spec"]["volumes"] = [{"name": "c", "configMap": {"name": "cfg"}}]

    def obj(kind: str, name: str, api: str = "v1", **body: Any) -> ApplyOp:
        m = {"apiVersion": api, "kind": kind, "metadata": {"name": name, "namespace": "shop"}}
        return ApplyOp(target=Target.of({**m, **body}), manifest={**m, **body})

    ops: list[Operation] = [
        obj("Service", "front", spec={"selector": {"app": "my-api"}}),
        obj("ConfigMap", "cfg"),
        obj(
            "HorizontalPodAutoscaler",
            "hpa",
            "autoscaling/v2",
            spec={"scaleTargetRef": {"kind": "Deployment", "name": "my-api"}},
        ),
        obj("ConfigMap", "unrelated"),
        obj("Service", "all", spec={"selector": {}}),
    ]
    listed: list[tuple[str, str]] = []

    def lister(api_version: str, kind: str) -> list[dict[str, Any]]:
        listed.append((api_version, kind))
        return [named] if kind == "Deployment" else []

    afters = {i: op.manifest for i, op in enumerate(ops) if isinstance(op, ApplyOp)}
    outside = unnamed_targets(
        ops, intent="scale my-api to 3", states={}, afters=afters, list_objects=lister
    )
    assert outside == {ops[3].target.key, ops[4].target.key}
    assert len(listed) == len(set(listed)) == 8  # each kind that runs pods, listed once


# --- allow_namespaces: a kind in one other namespace -----------------------------------------

VELERO_GRANT = """\
id: backups
name: Backups
effect: warn
rules:
  allow_namespaces:
    - namespace: velero
      kinds: [Schedule]
      session_namespace_fields: [spec.template.includedNamespaces]
"""


def _schedule(included: Any, namespace: str = "velero") -> ApplyOp:
    manifest = {
        "apiVersion": "velero.io/v1",
        "kind": "Schedule",
        "metadata": {"name": "b", "namespace": namespace},
        "spec": {"schedule": "0 2 * * *", "template": {"includedNamespaces": included}},
    }
    return ApplyOp(target=Target.of(manifest), manifest=manifest)


@pytest.mark.parametrize(
    ("grant", "problem"),
    [
        ("effect: deny", "grant an exception"),
        ("namespace: 'velero*'", "exact name"),
        ("namespace: '*'", "exact name"),
        ("kinds: ['*']", "by name"),
        ("kinds: []", "at least 1 item"),
        ("kinds: [Schedule], verbs: [get]", "unknown field (known: namespace, kinds, session"),
        ("session_namespace_fields: ['spec..x']", "dotted field path"),
    ],
)
def test_a_namespace_grant_is_narrow_and_checked(grant: str, problem: str) -> None:
    key, _, value = grant.partition(": ")
    if key == "effect":
        text = VELERO_GRANT.replace("effect: warn", grant)
    else:
        entry = {"namespace": "velero", "kinds": "[Schedule]"}
        entry[key] = value
        body = ", ".join(f"{k}: {v}" for k, v in entry.items())
        text = f"id: g\nname: G\neffect: warn\nrules:\n  allow_namespaces: [{{{body}}}]\n"
    with pytest.raises(PolicyError, match=re.escape(problem)):
        parse_policies(text, source="inline")


@pytest.mark.parametrize(
    ("included", "outcome"),
    [
        (["shop"], ("backups", "warn")),
        ("shop", ("backups", "warn")),
        (["shop", "payments"], ("session-scope", "deny")),
        (["*"], ("session-scope", "deny")),
        (None, ("session-scope", "deny")),
        ([], ("session-scope", "deny")),
    ],
)
def test_a_namespace_grant_holds_only_for_objects_confined_to_the_session(
    included: Any, outcome: tuple[str, str]
) -> None:
    policies = parse_policies(VELERO_GRANT, source="inline")
    [d] = evaluate(policies, [_schedule(included)], states={}, namespace="shop")
    assert (d.policy_id, d.effect) == outcome


def test_a_namespace_grant_checks_the_object_before_too() -> None:
    # Another team's Schedule: rewriting it to back up this namespace is still a take-over.
    policies = parse_policies(VELERO_GRANT, source="inline")
    op = _schedule(["shop"])
    theirs = {**op.manifest, "spec": {"template": {"includedNamespaces": ["payments"]}}}
    [d] = evaluate(policies, [op], states={op.target.key: theirs}, namespace="shop")
    assert (d.policy_id, d.effect) == ("session-scope", "deny")
    assert "names payments, not only shop" in d.reason
    [d] = evaluate(
        policies, [DeleteOp(target=op.target)], states={op.target.key: theirs}, namespace="shop"
    )
    assert (d.policy_id, d.effect) == ("session-scope", "deny")


def test_a_namespace_grant_does_not_reach_other_kinds_or_namespaces() -> None:
    policies = parse_policies(VELERO_GRANT, source="inline")
    config = Target(kind="ConfigMap", name="x", namespace="velero")
    for op in (DeleteOp(target=config), _schedule(["shop"], namespace="kube-system")):
        [d] = evaluate(policies, [op], states={}, namespace="shop")
        assert (d.policy_id, d.effect) == ("session-scope", "deny")
        assert "no policy allows" in d.reason
