"""Small helpers shared by the tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import NotFound

T = TypeVar("T")


def exists(kube: KubeClient, api_version: str, kind: str, name: str, ns: str | None) -> bool:
    try:
        kube.get(api_version, kind, name, ns)
    except NotFound:
        return False
    return True


def wait_for(
    check: Callable[[], T], *, what: str, timeout: float = 60.0, interval: float = 0.1
) -> T:
    """Poll ``check`` until it returns something truthy; fail the test with ``what`` otherwise."""
    deadline = time.monotonic() + timeout
    last: T | None = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout:.0f}s waiting for {what} (last: {last!r})")
    raise AssertionError("unreachable")
