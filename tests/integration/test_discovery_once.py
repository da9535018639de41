"""A proposal from a fresh engine discovers the cluster's API once: the capability report reuses
the discovery the engine's first request made, instead of a second round."""

from __future__ import annotations

from pathlib import Path

import pytest

from dotop_nb import evaluation
from dotop_nb.cluster import capabilities
from dotop_nb.cluster.client import KubeClient
from dotop_nb.service import Operator

pytestmark = pytest.mark.integration


def test_a_first_proposal_discovers_once(
    kube: KubeClient,
    namespace: str,
    kubeconfig: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    evaluation.install_shop(kube, namespace)
    monkeypatch.setattr(capabilities, "_cache", {})  # as in a new process
    op = Operator(kubeconfig=kubeconfig, sessions=tmp_path / "s", planner="offline")
    paths: list[str] = []
    send = op.client.request

    def recording(method: str, path: str, **kw: object) -> object:
        paths.append(path)
        return send(method, path, **kw)  # type: ignore[arg-type]

    op.client.request = recording  # type: ignore[method-assign]
    proposal = op.analyze("scale my-api to 4", namespace=namespace)
    assert proposal.status == "proposed"
    assert (paths.count("/api"), paths.count("/apis")) == (1, 1)
    assert set(capabilities.discover(op.client).names) >= {"hpa", "pdb"}
    # An explicit refresh still asks the cluster.
    before = len(paths)
    capabilities.discover(op.client, refresh=True)
    assert paths[before:] == ["/api", "/apis"]
    op.close()
