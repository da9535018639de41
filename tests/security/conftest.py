"""Attack and fault tests of the safety guarantees, on the real local control plane.

They share the integration tests' cluster fixtures: one control plane per test session (never a
fake of the apiserver), a fresh namespace per test.
"""

from tests.integration.conftest import kube, kubeconfig, namespace, repo_root

__all__ = ["kube", "kubeconfig", "namespace", "repo_root"]
