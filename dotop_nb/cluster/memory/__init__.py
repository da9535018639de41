"""An in-memory Kubernetes cluster for fast tests of everything above the transport.

:class:`MemoryCluster` is a :class:`~dotop_nb.cluster.client.Transport`: the real
:class:`~dotop_nb.cluster.client.KubeClient`, :class:`~dotop_nb.cluster.gateway.Gateway`,
executor, service and planners run on it unchanged, in milliseconds. It honours what the engine's
safety rests on — resourceVersion preconditions (409), dry-run that stores nothing, strategic
merge by merge key, 404 / 409 / 422 with ``Status`` bodies — and says in
:mod:`~dotop_nb.cluster.memory.store` what it does not model. Cluster behaviour itself is tested
on the real local control plane (``tests/integration``).

Example::

    from dotop_nb.cluster.memory import MemoryCluster
    from dotop_nb.service import Operator

    cluster = MemoryCluster(namespaces=["default", "kube-system", "shop"])
    cluster.seed(my_deployment)
    op = Operator(client=cluster.client(), planner="offline", sessions=tmp / "sessions")
    proposal = op.analyze("scale my-api to 5 replicas", namespace="shop")
"""

from __future__ import annotations

from dotop_nb.cluster.memory.patches import PatchError, json_patch, merge_patch, strategic_merge
from dotop_nb.cluster.memory.store import MemoryCluster

__all__ = ["MemoryCluster", "PatchError", "json_patch", "merge_patch", "strategic_merge"]
