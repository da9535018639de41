"""Core models: rendering, validation, JSON round trips and the plan hash (pure, no cluster)."""

from __future__ import annotations

import json
import re
import shlex
from typing import Any

import pytest
import yaml
from pydantic import TypeAdapter, ValidationError

from dotop_nb.models import (
    ApplyOp,
    Approval,
    ClusterRef,
    DeleteOp,
    DryRunResult,
    Event,
    Operation,
    OperationRecord,
    PatchOp,
    PolicyDecision,
    Proposal,
    RolloutRestartOp,
    RolloutUndoOp,
    ScaleOp,
    Session,
    SetImageOp,
    Target,
    plan_hash,
    utcnow,
)

API = Target(kind="Deployment", name="my-api", namespace="shop")
CLUSTER = ClusterRef(server="https://127.0.0.1:6443", context="local")
OPERATIONS = TypeAdapter(list[Operation])


def manifest(**extra: Any) -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "my-api", "namespace": "shop", "labels": {"app": "my-api"}},
        "spec": {"replicas": 2},
        **extra,
    }


def one_of_each() -> list[Any]:
    return [
        ApplyOp(target=API, manifest=manifest(), reason="create it"),
        PatchOp(target=API, patch_type="merge", patch={"spec": {"replicas": 3}}),
        PatchOp(target=API, patch_type="json", patch=[{"op": "replace", "path": "/x", "value": 1}]),
        ScaleOp(target=API, replicas=5),
        SetImageOp(target=API, container="api", image="nginx:1.26"),
        RolloutRestartOp(target=API, restarted_at="2026-11-26T10:00:00Z"),
        RolloutUndoOp(target=API, to_revision=2),
        RolloutUndoOp(target=API),
        DeleteOp(target=API, propagation="Orphan"),
    ]


def proposal(**changes: Any) -> Proposal:
    fields: dict[str, Any] = {
        "session_id": "op-20261126-1a2b3c4d",
        "intent": "scale my-api to 5",
        "namespace": "shop",
        "cluster": CLUSTER,
        "planner": "offline",
        "operations": [ScaleOp(target=API, replicas=5)],
        "target_versions": {API.key: "100"},
    }
    fields.update(changes)
    return Proposal(**fields)


def argv(command: str) -> list[str]:
    """The argv a POSIX shell would run, checking that the command has nothing the shell expands.

    ``shlex.split`` does not know ``$(...)`` or backticks, so also require that the command is
    exactly the properly quoted form of its own argv: then every special character is quoted.
    """
    assert "\n" not in command, f"one-line command expected, got {command!r}"
    args = shlex.split(command)
    assert shlex.join(args) == command, f"{command!r} has unquoted shell syntax"
    return args


# --- summary() and kubectl() -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("op", "summary", "command"),
    [
        (
            ScaleOp(target=API, replicas=5),
            "scale deployment/my-api in shop to 5 replicas",
            "kubectl scale deployment/my-api --replicas=5 -n shop",
        ),
        (
            ScaleOp(target=API, replicas=0),
            "scale deployment/my-api in shop to 0 replicas",
            "kubectl scale deployment/my-api --replicas=0 -n shop",
        ),
        (
            SetImageOp(target=API, container="api", image="nginx:1.26"),
            "set image of container api in deployment/my-api in shop to nginx:1.26",
            "kubectl set image deployment/my-api api=nginx:1.26 -n shop",
        ),
        (
            RolloutUndoOp(target=API, to_revision=2),
            "roll deployment/my-api in shop back to revision 2",
            "kubectl rollout undo deployment/my-api -n shop --to-revision=2",
        ),
        (
            RolloutUndoOp(target=API),
            "roll deployment/my-api in shop back to the previous revision",
            "kubectl rollout undo deployment/my-api -n shop",
        ),
        (
            DeleteOp(target=API),
            "delete deployment/my-api in shop",
            "kubectl delete deployment my-api -n shop --cascade=foreground",
        ),
        (
            DeleteOp(target=API, propagation="Background"),
            "delete deployment/my-api in shop",
            "kubectl delete deployment my-api -n shop --cascade=background",
        ),
        (
            DeleteOp(target=API, propagation="Orphan"),
            "delete deployment/my-api in shop",
            "kubectl delete deployment my-api -n shop --cascade=orphan",
        ),
        (
            PatchOp(target=API, patch_type="merge", patch={"spec": {"replicas": 3}}),
            "patch deployment/my-api in shop (merge)",
            """kubectl patch deployment my-api -n shop --type=merge -p '{"spec":{"replicas":3}}'""",
        ),
        (
            RolloutRestartOp(target=API, restarted_at="2026-11-26T10:00:00Z"),
            "restart the pods of deployment/my-api in shop",
            "kubectl rollout restart deployment/my-api -n shop",
        ),
        (
            ScaleOp(target=Target(kind="StatefulSet", name="db"), replicas=1),
            "scale statefulset/db to 1 replicas",
            "kubectl scale statefulset/db --replicas=1",
        ),
    ],
)
def test_summary_and_kubectl_render_exactly(op: Any, summary: str, command: str) -> None:
    assert op.summary() == summary
    assert op.kubectl() == command


@pytest.mark.parametrize(
    ("op", "expected"),
    [
        (
            ScaleOp(target=API, replicas=5),
            ["kubectl", "scale", "deployment/my-api", "--replicas=5", "-n", "shop"],
        ),
        (
            SetImageOp(target=API, container="api", image="registry.io:5000/team/app:v1.2"),
            [
                *["kubectl", "set", "image", "deployment/my-api"],
                *["api=registry.io:5000/team/app:v1.2", "-n", "shop"],
            ],
        ),
        (
            RolloutUndoOp(target=API, to_revision=7),
            ["kubectl", "rollout", "undo", "deployment/my-api", "-n", "shop", "--to-revision=7"],
        ),
        (
            RolloutRestartOp(target=API),
            ["kubectl", "rollout", "restart", "deployment/my-api", "-n", "shop"],
        ),
        (
            DeleteOp(target=API),
            ["kubectl", "delete", "deployment", "my-api", "-n", "shop", "--cascade=foreground"],
        ),
        (
            # Quotes, spaces, `;` and `$(...)` in a patch value stay inside one argument.
            PatchOp(
                target=API,
                patch_type="merge",
                patch={"metadata": {"annotations": {"note": 'it\'s $(id); rm -rf / `x` "y"'}}},
            ),
            [
                *["kubectl", "patch", "deployment", "my-api", "-n", "shop", "--type=merge", "-p"],
                """{"metadata":{"annotations":{"note":"it's $(id); rm -rf / `x` \\"y\\""}}}""",
            ],
        ),
        (
            PatchOp(
                target=API,
                patch_type="json",
                patch=[{"op": "add", "path": "/metadata/labels/a b", "value": "c; d"}],
            ),
            [
                *["kubectl", "patch", "deployment", "my-api", "-n", "shop", "--type=json", "-p"],
                '[{"op":"add","path":"/metadata/labels/a b","value":"c; d"}]',
            ],
        ),
    ],
)
def test_kubectl_argv_is_shell_safe(op: Any, expected: list[str]) -> None:
    assert argv(op.kubectl()) == expected


@pytest.mark.parametrize("namespace", ["a b;$(id)", "Shop", "shop\n", "-shop", "a" * 64])
def test_namespaces_are_validated(namespace: str) -> None:
    with pytest.raises(ValidationError, match="not a valid namespace name"):
        Target(kind="Deployment", name="my-api", namespace=namespace)


@pytest.mark.parametrize("api_version", ["apps/../v1", "v1/x", "apps/v1 ", "APPS/v1", "/v1"])
def test_api_versions_are_validated(api_version: str) -> None:
    with pytest.raises(ValidationError, match="not an apiVersion"):
        Target(kind="Deployment", name="my-api", api_version=api_version)


def test_patch_argv_parses_back_to_the_patch() -> None:
    patch = {"data": {"greeting": "hello 'world'", "cmd": "$(reboot) && echo ;"}}
    op = PatchOp(target=API, patch_type="strategic", patch=patch)
    args = argv(op.kubectl())
    assert args[:-1] == [
        "kubectl", "patch", "deployment", "my-api", "-n", "shop", "--type=strategic", "-p",
    ]  # fmt: skip
    assert json.loads(args[-1]) == patch


def test_apply_renders_a_quoted_heredoc_with_the_manifest() -> None:
    body = manifest(data={"x": "EOF", "y": "a\nEOF\nb", "EOF": ["EOF"]})
    op = ApplyOp(target=API, manifest=body)
    lines = op.kubectl().split("\n")
    assert lines[0] == "kubectl apply --server-side --field-manager=dotop-nb -f - <<'EOF'"
    assert lines[-1] == "EOF"
    # Only the last line may end the heredoc, whatever the manifest holds.
    assert lines.count("EOF") == 1
    assert yaml.safe_load("\n".join(lines[1:-1])) == body
    assert op.summary() == "apply deployment/my-api in shop"


@pytest.mark.parametrize("kind", ["Deploy; touch /tmp/pwned #", "Foo$(id)", "Foo Bar"])
def test_target_kind_cannot_inject_shell(kind: str) -> None:
    try:
        target = Target(kind=kind, name="x", namespace="shop", api_version="v1")
    except ValidationError:
        return  # refusing such a kind is a fine fix as well
    assert argv(ScaleOp(target=target, replicas=1).kubectl())[2] == f"{kind.lower()}/x"
    assert argv(DeleteOp(target=target).kubectl())[2] == kind.lower()


# --- validation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("My-Api", "upper case"),
        ("", "empty"),
        ("a" * 254, "too long"),
        ("-api", "leading dash"),
        ("api-", "trailing dash"),
        ("my_api", "underscore"),
        ("my api", "space"),
        ("../etc", "path"),
        ("a/b", "slash"),
    ],
)
def test_invalid_names_are_refused(name: str, why: str) -> None:
    with pytest.raises(ValidationError, match="not a valid Kubernetes object name") as info:
        Target(kind="Deployment", name=name)
    assert info.value.errors()[0]["loc"] == ("name",), why


def test_longest_valid_name_is_accepted() -> None:
    assert Target(kind="ConfigMap", name="a" * 253).name == "a" * 253


@pytest.mark.parametrize("name", ["a..b", "a.-b", "a-.b", "my..api"])
def test_names_with_empty_or_dash_edged_labels_are_refused(name: str) -> None:
    with pytest.raises(ValidationError, match="not a valid Kubernetes object name"):
        Target(kind="Deployment", name=name)


@pytest.mark.parametrize(
    "build",
    [
        lambda: Target(kind="Deployment", name="my-api\n"),
        lambda: SetImageOp(target=API, container="api", image="nginx:1.26\n"),
        lambda: SetImageOp(target=API, container="api\n", image="nginx:1.26"),
    ],
    ids=["name", "image", "container"],
)
def test_trailing_newline_is_refused(build: Any) -> None:
    with pytest.raises(ValidationError, match="not a valid"):
        build()


@pytest.mark.parametrize(
    "image",
    [
        "nginx; rm -rf /",
        "$(id)",
        "`id`",
        "nginx 1.26",
        "nginx:",
        "registry.io/",
        "",
        "-nginx",
        "nginx:1.26|sh",
        "nginx&&id",
        "../nginx",
        "nginx@sha256:abc",
    ],
)
def test_invalid_images_are_refused(image: str) -> None:
    with pytest.raises(ValidationError, match="not a valid image reference"):
        SetImageOp(target=API, container="api", image=image)


@pytest.mark.parametrize(
    "image",
    ["nginx", "nginx:1.26", "ghcr.io/acme/app:1.0", f"nginx@sha256:{'a' * 64}", "localhost:5000/x"],
)
def test_valid_images_are_accepted(image: str) -> None:
    assert SetImageOp(target=API, container="api", image=image).image == image


def test_invalid_container_name_is_refused() -> None:
    with pytest.raises(ValidationError, match="not a valid container name"):
        SetImageOp(target=API, container="Api;x", image="nginx")


def test_json_patch_must_be_a_list() -> None:
    with pytest.raises(ValidationError, match="json patch is a list of operations"):
        PatchOp(target=API, patch_type="json", patch={"op": "replace"})


@pytest.mark.parametrize("patch_type", ["merge", "strategic"])
def test_merge_patches_must_be_objects(patch_type: str) -> None:
    with pytest.raises(ValidationError, match=f"a {patch_type} patch is an object"):
        PatchOp(target=API, patch_type=patch_type, patch=[{"op": "remove", "path": "/x"}])


def test_unknown_patch_type_is_refused() -> None:
    with pytest.raises(ValidationError, match="patch_type"):
        PatchOp.model_validate({"target": API, "patch_type": "yaml", "patch": {}})


@pytest.mark.parametrize(
    "body",
    [
        manifest(apiVersion="apps/v2"),
        manifest(kind="StatefulSet"),
        {**manifest(), "metadata": {"name": "other", "namespace": "shop"}},
        {**manifest(), "metadata": {"name": "my-api", "namespace": "prod"}},
        {**manifest(), "metadata": {"name": "my-api"}},
        {"apiVersion": "apps/v1", "kind": "Deployment"},
    ],
)
def test_apply_manifest_identity_must_match_target(body: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="does not match the target"):
        ApplyOp(target=API, manifest=body)


@pytest.mark.parametrize("replicas", [-1, 10_001, 10**9])
def test_replicas_out_of_range_are_refused(replicas: int) -> None:
    with pytest.raises(ValidationError, match="replicas") as info:
        ScaleOp(target=API, replicas=replicas)
    assert info.value.errors()[0]["type"] in {"greater_than_equal", "less_than_equal"}


def test_replica_bounds_are_inclusive() -> None:
    assert ScaleOp(target=API, replicas=10_000).replicas == 10_000
    assert ScaleOp(target=API, replicas=0).replicas == 0


@pytest.mark.parametrize("revision", [0, -3])
def test_to_revision_below_one_is_refused(revision: int) -> None:
    with pytest.raises(ValidationError, match="to_revision"):
        RolloutUndoOp(target=API, to_revision=revision)


@pytest.mark.parametrize(
    "stamp",
    [
        "2026-11-26 10:00:00Z",
        "2026-11-26T10:00:00",
        "2026-11-26T10:00:00+00:00",
        "yesterday",
        "",
        "2026-11-26T10:00:00Z; id",
        "2026-11-26T10:00:00Z\n",
    ],
)
def test_restarted_at_format_is_enforced(stamp: str) -> None:
    with pytest.raises(ValidationError, match="restarted_at"):
        RolloutRestartOp(target=API, restarted_at=stamp)


def test_restarted_at_refuses_non_ascii_digits() -> None:
    with pytest.raises(ValidationError, match="restarted_at"):
        RolloutRestartOp(target=API, restarted_at="\uff12\uff10\uff12\uff16-11-26T10:00:00Z")


def test_restarted_at_defaults_to_now_in_the_right_format() -> None:
    stamp = RolloutRestartOp(target=API).restarted_at
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", stamp)
    assert stamp[:4] == f"{utcnow().year:04d}"


def test_unknown_operation_kind_is_refused() -> None:
    raw = [{"kind": "exec", "target": API.model_dump(), "command": "id"}]
    with pytest.raises(ValidationError, match="exec") as info:
        OPERATIONS.validate_python(raw)
    assert info.value.errors()[0]["type"] == "union_tag_invalid"


def test_missing_operation_kind_is_refused() -> None:
    with pytest.raises(ValidationError, match="kind") as info:
        OPERATIONS.validate_python([{"target": API.model_dump(), "replicas": 1}])
    assert info.value.errors()[0]["type"] == "union_tag_not_found"


@pytest.mark.parametrize(
    "build",
    [
        lambda: ScaleOp.model_validate({"target": API, "replicas": 1, "force": True}),
        lambda: Target.model_validate({"kind": "Deployment", "name": "x", "uid": "1"}),
        lambda: proposal(extra="x"),
        lambda: Session.model_validate(
            {"id": "op-20261126-1a2b3c4d", "intent": "x", "namespace": "shop", "color": "red"}
        ),
        lambda: OPERATIONS.validate_python(
            [{"kind": "delete", "target": API.model_dump(), "grace": 0}]
        ),
    ],
    ids=["op", "target", "proposal", "session", "union"],
)
def test_extra_fields_are_forbidden(build: Any) -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        build()


def test_operations_are_frozen() -> None:
    op = ScaleOp(target=API, replicas=1)
    with pytest.raises(ValidationError, match="frozen"):
        op.replicas = 2  # type: ignore[misc]


def test_reason_is_bounded() -> None:
    with pytest.raises(ValidationError, match="reason"):
        ScaleOp(target=API, replicas=1, reason="x" * 2001)


# --- JSON round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize("op", one_of_each(), ids=lambda op: op.kind)
def test_each_operation_round_trips_as_the_union(op: Any) -> None:
    back = OPERATIONS.validate_json(OPERATIONS.dump_json([op]))
    assert back == [op]
    assert type(back[0]) is type(op)


def test_list_of_operations_round_trips() -> None:
    ops = one_of_each()
    data = OPERATIONS.dump_json(ops)
    assert [o["kind"] for o in json.loads(data)] == [o.kind for o in ops]
    assert OPERATIONS.validate_json(data) == ops


def test_proposal_round_trips() -> None:
    ops = one_of_each()
    original = proposal(
        operations=ops,
        dry_run=[DryRunResult(ok=True, action="update") for _ in ops],
        policy=[PolicyDecision(policy_id="p", effect="warn", reason="r", operation=0)],
        risks=["downtime"],
        model="claude",
    )
    original = original.model_copy(update={"plan_hash": original.compute_hash()})
    back = Proposal.model_validate_json(original.model_dump_json())
    assert back == original
    assert back.compute_hash() == original.plan_hash


def test_session_round_trips() -> None:
    now = utcnow()
    p = proposal()
    session = Session(id="op-20261126-1a2b3c4d", intent="scale", namespace="shop", proposals=[p])
    session.log("proposed", "1 operation")
    session.approval = Approval(by="me", plan_hash=p.compute_hash(), interactive=True, revision=1)
    session.execution.append(
        OperationRecord(
            index=0,
            summary=p.operations[0].summary(),
            target=API,
            status="applied",
            prior={"spec": {"replicas": 2}},
            started_at=now,
            finished_at=now,
        )
    )
    session.status = "executed"
    back = Session.model_validate_json(session.model_dump_json())
    assert back == session
    assert back.proposal == p
    assert isinstance(back.events[0], Event)
    assert json.loads(session.model_dump_json())["v"] == 1


# --- plan hash ----------------------------------------------------------------------------------


def test_plan_hash_is_sha256_hex_and_matches_compute_hash() -> None:
    p = proposal(operations=one_of_each())
    digest = plan_hash(
        operations=one_of_each(),
        cluster=ClusterRef(server="https://127.0.0.1:6443"),
        namespace="shop",
        target_versions={API.key: "100"},
    )
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert p.compute_hash() == digest


def test_plan_hash_is_stable_for_equal_content() -> None:
    a = proposal(operations=one_of_each())
    b = proposal(operations=one_of_each(), intent="other words", planner="model", revision=2)
    assert a.compute_hash() == b.compute_hash()
    assert a.compute_hash() == a.compute_hash()


def test_plan_hash_ignores_dict_key_order() -> None:
    body = manifest()
    reordered = {k: body[k] for k in reversed(body)}
    reordered["metadata"] = {k: body["metadata"][k] for k in reversed(body["metadata"])}
    patch = {"spec": {"replicas": 3, "paused": False}, "metadata": {"labels": {"a": "1"}}}
    patch2 = {"metadata": {"labels": {"a": "1"}}, "spec": {"paused": False, "replicas": 3}}
    a = proposal(
        operations=[ApplyOp(target=API, manifest=body), PatchOp(target=API, patch=patch)],
        target_versions={"x": "1", "y": "2"},
    )
    b = proposal(
        operations=[ApplyOp(target=API, manifest=reordered), PatchOp(target=API, patch=patch2)],
        target_versions={"y": "2", "x": "1"},
    )
    assert json.dumps(body) != json.dumps(reordered)
    assert a.compute_hash() == b.compute_hash()


BASE_OPS = [ScaleOp(target=API, replicas=5), SetImageOp(target=API, container="api", image="a:1")]


@pytest.mark.parametrize(
    "changes",
    [
        {"operations": [ScaleOp(target=API, replicas=6), BASE_OPS[1]]},
        {"operations": [BASE_OPS[0], SetImageOp(target=API, container="api", image="a:2")]},
        {"operations": [BASE_OPS[0], SetImageOp(target=API, container="web", image="a:1")]},
        {"operations": [ScaleOp(target=API, replicas=5, reason="why"), BASE_OPS[1]]},
        {
            "operations": [
                ScaleOp(target=API.model_copy(update={"namespace": "prod"}), replicas=5),
                BASE_OPS[1],
            ]
        },
        {"operations": list(reversed(BASE_OPS))},
        {"operations": BASE_OPS[:1]},
        {"cluster": ClusterRef(server="https://10.0.0.1:6443")},
        {"namespace": "prod"},
        {"target_versions": {API.key: "101"}},
        {"target_versions": {}},
    ],
    ids=[
        "op-field",
        "image",
        "container",
        "reason",
        "target",
        "order",
        "dropped-op",
        "server",
        "namespace",
        "resource-version",
        "no-versions",
    ],
)
def test_plan_hash_changes_with_any_input(changes: dict[str, Any]) -> None:
    base = proposal(operations=BASE_OPS)
    assert proposal(operations=BASE_OPS).compute_hash() == base.compute_hash()
    assert proposal(**{"operations": BASE_OPS, **changes}).compute_hash() != base.compute_hash()


def test_plan_hash_ignores_the_context_name() -> None:
    # The server identifies the cluster; the kubeconfig context is a local nickname.
    a = proposal(cluster=ClusterRef(server="https://127.0.0.1:6443", context="a"))
    b = proposal(cluster=ClusterRef(server="https://127.0.0.1:6443", context="b"))
    assert a.compute_hash() == b.compute_hash()


# --- Target and Proposal helpers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "api_version"),
    [
        ("Deployment", "apps/v1"),
        ("StatefulSet", "apps/v1"),
        ("ConfigMap", "v1"),
        ("HorizontalPodAutoscaler", "autoscaling/v2"),
        ("Ingress", "networking.k8s.io/v1"),
        ("CronJob", "batch/v1"),
    ],
)
def test_target_defaults_api_version_for_known_kinds(kind: str, api_version: str) -> None:
    assert Target(kind=kind, name="x").api_version == api_version


def test_target_keeps_an_explicit_api_version() -> None:
    assert Target(kind="Deployment", name="x", api_version="apps/v2").api_version == "apps/v2"


def test_target_requires_api_version_for_unknown_kinds() -> None:
    with pytest.raises(ValidationError, match="api_version is required for kind 'Widget'"):
        Target(kind="Widget", name="x")
    widget = Target(kind="Widget", name="x", api_version="acme.io/v1")
    assert widget.key == "acme.io/v1/Widget//x"


def test_target_key_ref_describe() -> None:
    assert API.key == "apps/v1/Deployment/shop/my-api"
    assert API.ref == "deployment/my-api"
    assert API.describe() == "deployment/my-api in shop"
    cluster_scoped = Target(kind="Namespace", name="shop")
    assert cluster_scoped.key == "v1/Namespace//shop"
    assert cluster_scoped.describe() == "namespace/shop"
    assert cluster_scoped.ns_flag() == ""


def test_target_of_an_object() -> None:
    target = Target.of(manifest())
    assert target == API
    assert Target.of({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}}) == (
        Target(kind="Namespace", name="a")
    )


def test_changes_groups_summaries_by_dry_run_action() -> None:
    other = Target(kind="ConfigMap", name="cfg", namespace="shop")
    p = proposal(
        operations=[
            ApplyOp(
                target=other,
                manifest={
                    "apiVersion": "v1",
                    "kind": "ConfigMap",
                    "metadata": {"name": "cfg", "namespace": "shop"},
                },
            ),
            ScaleOp(target=API, replicas=5),
            DeleteOp(target=other),
            RolloutRestartOp(target=API),
            SetImageOp(target=API, container="api", image="nginx:2"),
        ],
        dry_run=[
            DryRunResult(ok=True, action="create"),
            DryRunResult(ok=True, action="update"),
            DryRunResult(ok=True, action="delete"),
            DryRunResult(ok=True, action="noop"),
            DryRunResult(ok=True, action="unknown"),
        ],
    )
    assert p.changes() == {
        "create": ["apply configmap/cfg in shop"],
        "update": [
            "scale deployment/my-api in shop to 5 replicas",
            "restart the pods of deployment/my-api in shop",
            "set image of container api in deployment/my-api in shop to nginx:2",
        ],
        "delete": ["delete configmap/cfg in shop"],
    }


def test_changes_without_dry_run_is_empty() -> None:
    assert proposal().changes() == {"create": [], "update": [], "delete": []}


def test_approval_and_denial_flags() -> None:
    allow = PolicyDecision(policy_id="a", effect="allow", reason="ok")
    warn = PolicyDecision(policy_id="w", effect="warn", reason="hmm")
    ask = PolicyDecision(policy_id="r", effect="require_approval", reason="prod")
    deny = PolicyDecision(policy_id="d", effect="deny", reason="no", operation=0)
    assert not proposal(policy=[allow, warn]).needs_interactive_approval
    assert proposal(policy=[allow, ask]).needs_interactive_approval
    assert proposal(policy=[allow, warn, ask]).denied == []
    assert proposal(policy=[deny, allow, ask]).denied == [deny]
    assert not proposal(policy=[deny]).needs_interactive_approval


def test_session_log_and_latest_proposal() -> None:
    session = Session(id="op-20261126-1a2b3c4d", intent="x", namespace="shop")
    first, second = proposal(), proposal(revision=2)
    session.proposals.extend([first, second])
    session.log("refined", "more replicas")
    assert session.proposal is second
    assert [(e.type, e.detail) for e in session.events] == [("refined", "more replicas")]
    with pytest.raises(IndexError):
        _ = Session(id="op-20261126-1a2b3c4d", intent="x", namespace="shop").proposal
