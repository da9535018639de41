from __future__ import annotations

import json

from dotop_nb.cluster.client import Resource, _translate
from dotop_nb.errors import Conflict, Forbidden, Invalid, NotFound


def status(code: int, reason: str, message: str) -> bytes:
    return json.dumps(
        {"kind": "Status", "code": code, "reason": reason, "message": message}
    ).encode()


def test_api_errors_keep_the_apiserver_message() -> None:
    err = _translate(404, "Not Found", status(404, "NotFound", 'deployments "x" not found'), "GET")
    assert isinstance(err, NotFound)
    assert 'deployments "x" not found' in str(err)
    assert isinstance(_translate(409, "", status(409, "AlreadyExists", "exists"), "P"), Conflict)
    assert isinstance(_translate(422, "", status(422, "Invalid", "bad"), "P"), Invalid)
    forbidden = _translate(403, "", status(403, "Forbidden", "no"), "P")
    assert isinstance(forbidden, Forbidden)
    assert forbidden.hint


def test_server_side_apply_type_errors_are_invalid_not_internal() -> None:
    raw = status(500, "", "failed to create typed patch object (ns/x): .spec.replicas: expected")
    err = _translate(500, "Internal Server Error", raw, "PATCH")
    assert isinstance(err, Invalid)
    assert err.status == 422
    assert ".spec.replicas" in str(err)


def test_non_json_error_bodies_are_cut() -> None:
    err = _translate(502, "Bad Gateway", b"<html>" + b"x" * 5000, "GET")
    assert len(str(err)) < 700


def test_resource_paths() -> None:
    deploy = Resource("apps", "v1", "Deployment", "deployments", namespaced=True)
    assert deploy.path(namespace="shop", name="my-api", sub="scale") == (
        "/apis/apps/v1/namespaces/shop/deployments/my-api/scale"
    )
    node = Resource("", "v1", "Node", "nodes", namespaced=False)
    assert node.path(namespace="ignored", name="n1") == "/api/v1/nodes/n1"
    assert node.api_version == "v1"
