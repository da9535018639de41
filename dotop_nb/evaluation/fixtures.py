"""The shop the scenarios plan against, as data: ``data/shop.yaml`` (the sample app ``my-api``
and its neighbours) and ``data/checkout.yaml`` (a Deployment in two revisions, for rollbacks).

The manifests carry no namespace: :func:`shop_manifests` puts them in the one asked for, so the
evaluation, the planner tests and the runbook tests each get a fresh copy of the same shop.

Example::

    install_shop(kube, "dotop-eval-1a2b3c")   # the namespace must exist
"""

from __future__ import annotations

import time
from importlib import resources
from typing import Any

import yaml

from dotop_nb.cluster import rollout
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import LocalClusterError

Json = dict[str, Any]

# The Deployments the shop waits for: those whose pods kwok reports ready.
_ROLLED_OUT = ("checkout", "my-api", "frontend", "payments", "worker")


def _load(name: str, ns: str) -> list[Json]:
    text = resources.files("dotop_nb.evaluation").joinpath("data", name).read_text("utf-8")
    manifests: list[Json] = [doc for doc in yaml.safe_load_all(text) if doc]
    for manifest in manifests:
        manifest["metadata"]["namespace"] = ns
    return manifests


def shop_manifests(ns: str) -> list[Json]:
    """The shop in namespace ``ns`` (``checkout`` is added by :func:`install_shop`, in two
    revisions). The values are the ones the scenarios expect: change them together."""
    return _load("shop.yaml", ns)


def checkout_revisions(ns: str) -> list[Json]:
    """``checkout`` as it is in each of its revisions, oldest first."""
    return _load("checkout.yaml", ns)


def _wait_rolled_out(kube: KubeClient, name: str, ns: str, deadline: float) -> None:
    while True:
        state = rollout.deployment(kube.get("apps/v1", "Deployment", name, ns))
        if state.done:
            return
        if state.failed or time.monotonic() > deadline:
            raise LocalClusterError(f"the shop did not roll out in {ns}: {state.message}")
        time.sleep(0.2)


def install_shop(kube: KubeClient, ns: str, *, timeout: float = 120.0) -> None:
    """Create the shop in ``ns`` (which must exist) and give ``checkout`` two revisions."""
    deadline = time.monotonic() + timeout
    for manifest in shop_manifests(ns):
        kube.apply(manifest)
    first, *later = checkout_revisions(ns)
    kube.apply(first)
    for revision in later:
        _wait_rolled_out(kube, "checkout", ns, deadline)
        kube.apply(revision)
    for name in _ROLLED_OUT:
        _wait_rolled_out(kube, name, ns, deadline)
