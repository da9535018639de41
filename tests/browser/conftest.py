"""Browser tests: JupyterLab on loopback, driven in Debian's Chromium through Playwright.

They need the real control plane too, so the cluster fixtures of the integration tests are used
here as well.
"""

from __future__ import annotations

import pytest

from tests.integration.conftest import kube, kubeconfig, namespace, repo_root

__all__ = ["kube", "kubeconfig", "namespace", "repo_root"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: drives JupyterLab in headless Chromium (needs /usr/bin/chromium)"
    )
