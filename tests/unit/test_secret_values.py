"""Redaction by value and the screen that keeps Secret values out of plans (pure)."""

from __future__ import annotations

import base64

import pytest

from dotop_nb.cluster.screen import screen
from dotop_nb.cluster.secrets import REDACTED, SecretValues
from dotop_nb.models import ApplyOp, DeleteOp, Operation, PatchOp, SetImageOp, Target

PASSWORD = "S3cr3t-P4ssw0rd-1234"
ENCODED = base64.b64encode(PASSWORD.encode()).decode()
SECRET = Target(kind="Secret", name="db", namespace="shop")
CONFIG = Target(kind="ConfigMap", name="app", namespace="shop")


@pytest.fixture
def values() -> SecretValues:
    known = SecretValues()
    short = base64.b64encode(b"abc").decode()
    known.learn({"kind": "Secret", "data": {"password": ENCODED, "tiny": short}})
    return known


@pytest.mark.parametrize(
    "text",
    [
        f"annotation: {ENCODED}",
        f"cut short: {ENCODED[:14]}…",
        f"postgres://app:{PASSWORD}@db:5432",
        f"json: {PASSWORD!r}",
        f"tail {PASSWORD[-12:]}",
    ],
)
def test_a_known_value_or_a_long_piece_of_it_is_replaced(values: SecretValues, text: str) -> None:
    out = values.scrub_text(text)
    assert REDACTED in out
    assert PASSWORD[:12] not in out
    assert ENCODED[:12] not in out


def test_short_values_and_unrelated_text_are_left_alone(values: SecretValues) -> None:
    assert values.scrub_text("abc is short; replicas: 3") == "abc is short; replicas: 3"


def test_scrub_keeps_an_objects_identity_and_walks_keys(values: SecretValues) -> None:
    obj = {
        "kind": "ConfigMap",
        "apiVersion": "v1",
        "metadata": {"name": "app", "namespace": "shop"},
        "data": {PASSWORD: "x", "dsn": f"u:{PASSWORD}"},
    }
    out = values.scrub(obj, keep_identity=True)
    assert out["metadata"] == {"name": "app", "namespace": "shop"}
    assert out["data"] == {REDACTED: "x", "dsn": f"u:{REDACTED}"}
    assert values.found_in(obj)
    assert not values.found_in(out)


def test_string_data_values_are_known_too() -> None:
    known = SecretValues()
    known.learn_answer({"kind": "SecretList", "items": [{"stringData": {"k": PASSWORD}}]})
    assert known.scrub_text(PASSWORD) == REDACTED


ALLOWED: list[Operation] = [
    DeleteOp(target=SECRET),
    PatchOp(target=SECRET, patch_type="merge", patch={"metadata": {"labels": {"a": "b"}}}),
    PatchOp(target=SECRET, patch_type="merge", patch={"data": {"password": None}}),
    PatchOp(target=SECRET, patch_type="strategic", patch={"data": {"$patch": "replace"}}),
    PatchOp(target=SECRET, patch_type="json", patch=[{"op": "remove", "path": "/data/password"}]),
    PatchOp(
        target=SECRET,
        patch_type="json",
        patch=[{"op": "copy", "from": "/data/password", "path": "/data/old"}],
    ),
    PatchOp(target=CONFIG, patch_type="merge", patch={"data": {"mode": "fast"}}),
]


@pytest.mark.parametrize("op", ALLOWED, ids=lambda op: op.summary())
def test_operations_without_values_pass_the_screen(values: SecretValues, op: Operation) -> None:
    assert screen(op, values) == screen(op, values).__class__(op)


REFUSED: dict[str, Operation] = {
    "apply with data": ApplyOp(
        target=SECRET,
        manifest={
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": "db", "namespace": "shop"},
            "data": {"k": "bmV3"},
        },
    ),
    "merge of stringData": PatchOp(
        target=SECRET, patch_type="merge", patch={"stringData": {"k": "new"}}
    ),
    "case-folded Data": PatchOp(target=SECRET, patch_type="merge", patch={"Data": {"k": "bmV3"}}),
    "json add under /data": PatchOp(
        target=SECRET, patch_type="json", patch=[{"op": "add", "path": "/data/k", "value": "x"}]
    ),
    "json test of a value": PatchOp(
        target=SECRET, patch_type="json", patch=[{"op": "test", "path": "/data/k", "value": "x"}]
    ),
    "json copy out of data": PatchOp(
        target=SECRET,
        patch_type="json",
        patch=[{"op": "copy", "from": "/data/password", "path": "/metadata/annotations/x"}],
    ),
    "json move out of stringData": PatchOp(
        target=SECRET,
        patch_type="json",
        patch=[{"op": "move", "from": "/stringData/k", "path": "/metadata/labels/x"}],
    ),
    "a known value in a ConfigMap": PatchOp(
        target=CONFIG, patch_type="merge", patch={"data": {"pw": PASSWORD}}
    ),
    "a redacted placeholder": PatchOp(
        target=CONFIG, patch_type="merge", patch={"data": {"pw": REDACTED}}
    ),
    "a known value in an image": SetImageOp(
        target=Target(kind="Deployment", name="api", namespace="shop"),
        container="app",
        image=f"registry.example/{PASSWORD.lower()}:1",
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_operations_that_carry_or_expose_a_value_are_refused_and_masked(
    values: SecretValues, case: str
) -> None:
    screened = screen(REFUSED[case], values)
    assert screened.problem
    recorded = screened.operation.model_dump_json()
    for secret in ("bmV3", '"new"', '"x"', PASSWORD, PASSWORD.lower()):
        assert secret not in recorded
    assert screen(screened.operation, values).problem  # the masked form is refused as well
