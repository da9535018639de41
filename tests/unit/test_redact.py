"""Secret values are redacted from whatever planners see and sessions record (pure)."""

from __future__ import annotations

import copy
import json
from typing import Any

from dotop_nb.cluster.redact import REDACTED, is_secret, redact, redact_list

LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration"
MANAGED = [{"manager": "kubectl", "operation": "Apply", "fieldsV1": {"f:data": {}}}]


def secret(**extra: Any) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {
            "name": "db-credentials",
            "namespace": "shop",
            "labels": {"app": "db"},
            "annotations": {
                LAST_APPLIED: json.dumps({"data": {"password": "aHVudGVyMg=="}}),
                "team": "core",
            },
            "managedFields": copy.deepcopy(MANAGED),
        },
        "type": "Opaque",
        "data": {"password": "aHVudGVyMg==", "username": "YWRtaW4="},
        "stringData": {"token": "s3cr3t"},
        **extra,
    }


def configmap(name: str = "app-config") -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {
            "name": name,
            "namespace": "shop",
            "annotations": {LAST_APPLIED: '{"data":{"password":"plain"}}'},
            "managedFields": copy.deepcopy(MANAGED),
        },
        "data": {"password": "plain", "mode": "fast"},
    }


def test_secret_values_are_replaced_and_keys_kept() -> None:
    out = redact(secret())
    assert out["data"] == {"password": REDACTED, "username": REDACTED}
    assert out["stringData"] == {"token": REDACTED}
    dumped = json.dumps(out)
    for value in ("aHVudGVyMg==", "YWRtaW4=", "s3cr3t"):
        assert value not in dumped


def test_secret_last_applied_annotation_is_redacted_other_annotations_kept() -> None:
    out = redact(secret())
    assert out["metadata"]["annotations"] == {LAST_APPLIED: REDACTED, "team": "core"}


def test_secret_identity_and_type_are_kept() -> None:
    out = redact(secret())
    assert out["metadata"]["name"] == "db-credentials"
    assert out["metadata"]["labels"] == {"app": "db"}
    assert out["type"] == "Opaque"


def test_secret_without_data_or_annotations() -> None:
    bare = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "empty"}}
    assert redact(bare) == bare
    assert redact({"kind": "Secret", "data": {"k": "dg=="}})["data"] == {"k": REDACTED}


def test_managed_fields_are_dropped_by_default() -> None:
    assert "managedFields" not in redact(secret())["metadata"]
    assert "managedFields" not in redact(configmap())["metadata"]


def test_managed_fields_can_be_kept() -> None:
    out = redact(secret(), keep_managed_fields=True)
    assert out["metadata"]["managedFields"] == MANAGED
    assert out["data"]["password"] == REDACTED


def test_input_is_not_mutated() -> None:
    original = secret()
    snapshot = copy.deepcopy(original)
    out = redact(original)
    assert original == snapshot
    out["metadata"]["labels"]["app"] = "changed"
    assert original["metadata"]["labels"]["app"] == "db"


def test_non_secret_is_untouched_except_managed_fields() -> None:
    original = configmap()
    out = redact(original)
    expected = copy.deepcopy(original)
    del expected["metadata"]["managedFields"]
    assert out == expected
    assert out["data"]["password"] == "plain"
    assert out["metadata"]["annotations"][LAST_APPLIED] == '{"data":{"password":"plain"}}'


def test_configmap_named_like_a_secret_is_not_redacted() -> None:
    out = redact(configmap("secret"))
    assert out["data"] == {"password": "plain", "mode": "fast"}
    assert not is_secret(configmap("secret"))


def test_is_secret_needs_the_core_api_group() -> None:
    assert is_secret(secret())
    assert is_secret({"kind": "Secret"})
    other = secret(apiVersion="bitnami.com/v1alpha1")
    assert not is_secret(other)
    assert redact(other)["data"]["password"] == "aHVudGVyMg=="


def test_objects_without_metadata() -> None:
    assert redact({"kind": "Pod", "spec": {"x": 1}}) == {"kind": "Pod", "spec": {"x": 1}}


def test_redact_list_redacts_each_item() -> None:
    out = redact_list([secret(), configmap()])
    assert out[0]["data"]["username"] == REDACTED
    assert out[1]["data"]["password"] == "plain"
    assert all("managedFields" not in item["metadata"] for item in out)
    assert redact_list([]) == []


def test_an_owned_answer_is_redacted_in_place_like_a_copy() -> None:
    # A list's items, just decoded, are redacted where they are (no copy of 2,000 Deployments).
    for make in (secret, configmap):
        copied = redact(make())
        owned = make()
        assert redact(owned, owned=True) is owned
        assert owned == copied
