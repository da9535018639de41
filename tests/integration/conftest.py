"""Fixtures for tests on a real Kubernetes control plane.

One local control plane per test session (built and started here when needed; the run fails, never
skips, when that is impossible), or an existing cluster when ``DOTOP_TEST_KUBECONFIG`` names one.
KUBECONFIG alone is deliberately not enough: tests create and delete namespaces, and a developer's
KUBECONFIG often points at a cluster that matters.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.config import Paths
from dotop_nb.errors import DotopError, NotFound
from dotop_nb.localcluster import LocalCluster, binaries
from tests.helpers import exists, wait_for


@pytest.fixture(scope="session")
def kubeconfig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    existing = os.environ.get("DOTOP_TEST_KUBECONFIG")
    if existing:
        yield existing
        return
    paths = Paths.from_env()
    try:
        binaries.find(paths)
    except DotopError:
        try:
            binaries.build(paths)
        except DotopError as err:
            pytest.fail(f"the local control plane cannot be built: {err}", pytrace=False)
    state = tmp_path_factory.mktemp("cluster")
    cluster = LocalCluster(state / "test", name="test", paths=paths)
    try:
        cluster.up()
    except DotopError as err:
        pytest.fail(f"the local control plane cannot be started: {err}", pytrace=False)
    try:
        yield str(cluster.kubeconfig)
    finally:
        cluster.down()


@pytest.fixture(scope="session")
def kube(kubeconfig: str) -> Iterator[KubeClient]:
    client = KubeClient(kubeconfig=kubeconfig)
    yield client
    client.close()


@pytest.fixture
def namespace(kube: KubeClient, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh namespace per test, with its default ServiceAccount present; deleted afterwards."""
    stem = re.sub(r"[^a-z0-9-]+", "-", request.node.name.lower())[:40].strip("-")
    name = f"{stem}-{uuid.uuid4().hex[:6]}"
    kube.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}})
    wait_for(
        lambda: exists(kube, "v1", "ServiceAccount", "default", name),
        what=f"serviceaccount/default in {name}",
    )
    yield name
    with contextlib.suppress(NotFound):
        kube.request("DELETE", f"/api/v1/namespaces/{name}")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return Path(__file__).resolve().parents[2]
