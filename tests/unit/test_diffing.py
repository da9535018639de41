"""Field-level diffs of Kubernetes objects and their one-line rendering (pure)."""

from __future__ import annotations

from typing import Any

import pytest

from dotop_nb.diffing import diff, render
from dotop_nb.models import FieldChange


def changes(before: Any, after: Any, **kwargs: Any) -> list[tuple[str, Any, Any]]:
    return [(c.path, c.before, c.after) for c in diff(before, after, **kwargs)]


def deployment(*containers: dict[str, Any], replicas: int = 2, **meta: Any) -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "my-api", "namespace": "shop", **meta},
        "spec": {
            "replicas": replicas,
            "template": {"spec": {"containers": list(containers)}},
        },
    }


API = {"name": "api", "image": "nginx:1.25", "ports": [{"name": "http", "containerPort": 80}]}
SIDECAR = {"name": "sidecar", "image": "envoy:1.30"}


def test_equal_objects_have_no_changes() -> None:
    assert diff(deployment(API, SIDECAR), deployment(API, SIDECAR)) == []


def test_scalar_change() -> None:
    assert diff({"spec": {"replicas": 2}}, {"spec": {"replicas": 5}}) == [
        FieldChange(path="spec.replicas", before=2, after=5)
    ]


def test_top_level_scalars_have_an_empty_path() -> None:
    assert changes(1, 2) == [("", 1, 2)]
    assert changes(1, 2, path="spec.replicas") == [("spec.replicas", 1, 2)]


def test_added_and_removed_keys() -> None:
    before = {"metadata": {"labels": {"app": "a", "old": "x"}}}
    after = {"metadata": {"labels": {"app": "a", "new": "y"}}}
    assert changes(before, after) == [
        ("metadata.labels.new", None, "y"),
        ("metadata.labels.old", "x", None),
    ]


def test_a_whole_subtree_added_is_one_change() -> None:
    assert changes({"spec": {}}, {"spec": {"strategy": {"type": "Recreate"}}}) == [
        ("spec.strategy", None, {"type": "Recreate"})
    ]


def test_nested_dicts_give_dotted_paths_sorted() -> None:
    before = {"spec": {"b": {"y": 1, "x": 1}, "a": 1}}
    after = {"spec": {"b": {"y": 2, "x": 3}, "a": 0}}
    assert [c[0] for c in changes(before, after)] == ["spec.a", "spec.b.x", "spec.b.y"]


def test_type_change_is_reported_whole() -> None:
    assert changes({"a": {"b": 1}}, {"a": [1]}) == [("a", {"b": 1}, [1])]


def test_named_lists_are_matched_by_name() -> None:
    new_api = {**API, "image": "nginx:1.26"}
    assert changes(deployment(API, SIDECAR), deployment(new_api, SIDECAR)) == [
        ("spec.template.spec.containers[api].image", "nginx:1.25", "nginx:1.26")
    ]


def test_nested_named_lists() -> None:
    new_api = {**API, "ports": [{"name": "http", "containerPort": 8080}]}
    assert changes(deployment(API), deployment(new_api)) == [
        ("spec.template.spec.containers[api].ports[http].containerPort", 80, 8080)
    ]


def test_named_list_items_added_and_removed() -> None:
    worker = {"name": "worker", "image": "busybox"}
    assert changes(deployment(API, SIDECAR), deployment(API, worker)) == [
        ("spec.template.spec.containers[sidecar]", SIDECAR, None),
        ("spec.template.spec.containers[worker]", None, worker),
    ]


def test_reordered_named_lists_produce_no_diff() -> None:
    assert diff(deployment(API, SIDECAR), deployment(SIDECAR, API)) == []
    env = [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}]
    assert diff({"env": env}, {"env": list(reversed(env))}) == []


def test_unnamed_lists_are_compared_whole() -> None:
    before = {"spec": {"args": ["--a", "--b"]}}
    after = {"spec": {"args": ["--b", "--a"]}}
    assert changes(before, after) == [("spec.args", ["--a", "--b"], ["--b", "--a"])]


def test_partly_named_lists_are_compared_whole() -> None:
    before = {"items": [{"name": "a", "v": 1}, {"v": 2}]}
    after = {"items": [{"name": "a", "v": 1}, {"v": 3}]}
    assert changes(before, after) == [("items", before["items"], after["items"])]


@pytest.mark.parametrize(
    ("before_meta", "after_meta"),
    [
        ({"resourceVersion": "1"}, {"resourceVersion": "2"}),
        ({"generation": 1}, {"generation": 2}),
        ({"managedFields": [{"manager": "a"}]}, {"managedFields": [{"manager": "b"}]}),
        ({}, {"uid": "123", "creationTimestamp": "2026-01-01T00:00:00Z"}),
        (
            {"annotations": {"deployment.kubernetes.io/revision": "1"}},
            {"annotations": {"deployment.kubernetes.io/revision": "2"}},
        ),
        (
            {"annotations": {"kubectl.kubernetes.io/last-applied-configuration": "{}"}},
            {"annotations": {"kubectl.kubernetes.io/last-applied-configuration": "{ }"}},
        ),
    ],
)
def test_noise_in_metadata_is_ignored(
    before_meta: dict[str, Any], after_meta: dict[str, Any]
) -> None:
    assert diff(deployment(API, **before_meta), deployment(API, **after_meta)) == []


def test_status_is_ignored_but_other_changes_next_to_noise_are_not() -> None:
    before = {**deployment(API, resourceVersion="1"), "status": {"readyReplicas": 1}}
    after = {**deployment(API, replicas=3, resourceVersion="2"), "status": {"readyReplicas": 3}}
    after["metadata"]["labels"] = {"team": "core"}
    assert changes(before, after) == [
        ("metadata.labels", None, {"team": "core"}),
        ("spec.replicas", 2, 3),
    ]


def test_a_user_annotation_next_to_the_revision_annotation() -> None:
    before = deployment(API, annotations={"deployment.kubernetes.io/revision": "1", "a": "x"})
    after = deployment(API, annotations={"deployment.kubernetes.io/revision": "2", "a": "y"})
    assert changes(before, after) == [("metadata.annotations.a", "x", "y")]


def test_noise_is_only_noise_at_its_own_path() -> None:
    # `status` inside the spec is a user field.
    assert changes({"spec": {"status": "a"}}, {"spec": {"status": "b"}}) == [
        ("spec.status", "a", "b")
    ]


def test_limit_caps_the_number_of_changes() -> None:
    before = {f"k{i:02}": i for i in range(30)}
    after = {f"k{i:02}": i + 1 for i in range(30)}
    assert len(diff(before, after)) == 30
    limited = diff(before, after, limit=5)
    assert [c.path for c in limited] == ["k00", "k01", "k02", "k03", "k04"]
    assert diff(before, after, limit=0) == []


def test_limit_applies_across_nested_named_lists() -> None:
    before = {"c": [{"name": f"n{i}", "v": 0} for i in range(10)]}
    after = {"c": [{"name": f"n{i}", "v": 1} for i in range(10)]}
    assert [c.path for c in diff(before, after, limit=3)] == ["c[n0].v", "c[n1].v", "c[n2].v"]


def test_render_one_line_per_change_with_empty_set_for_none() -> None:
    text = render(
        [
            FieldChange(path="spec.replicas", before=2, after=5),
            FieldChange(path="metadata.labels.new", before=None, after="y"),
            FieldChange(path="metadata.labels.old", before="x", after=None),
        ]
    )
    assert text.split("\n") == [
        "spec.replicas: 2 → 5",
        "metadata.labels.new: ∅ → 'y'",
        "metadata.labels.old: 'x' → ∅",
    ]


def test_render_shortens_long_values_to_the_width() -> None:
    long = "x" * 100
    line = render([FieldChange(path="p", before=long, after="short")], width=20)
    before, after = line.removeprefix("p: ").split(" → ")
    assert before == repr(long)[:19] + "…"
    assert len(before) == 20
    assert after == "'short'"


def test_render_keeps_values_exactly_at_the_width() -> None:
    value = "y" * 18  # repr adds two quotes: 20 characters
    assert render([FieldChange(path="p", before=value, after=1)], width=20) == f"p: '{value}' → 1"


def test_render_of_nothing_is_empty() -> None:
    assert render([]) == ""


def test_render_of_a_real_diff() -> None:
    new_api = {**API, "image": "nginx:1.26"}
    assert render(diff(deployment(API), deployment(new_api, replicas=4))) == (
        "spec.replicas: 2 → 4\n"
        "spec.template.spec.containers[api].image: 'nginx:1.25' → 'nginx:1.26'"
    )
