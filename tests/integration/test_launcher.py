"""The launcher's own lifecycle: up/down twice, a crash, a port collision, a bad binary."""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from dotop_nb.config import Paths
from dotop_nb.errors import (
    BinariesMissing,
    ClusterAlreadyRunning,
    ClusterNotRunning,
    ComponentFailed,
    LocalClusterError,
    PortInUse,
)
from dotop_nb.localcluster import LocalCluster, binaries, launcher
from dotop_nb.localcluster.launcher import _start_ticks
from dotop_nb.localcluster.process import free_port
from tests.helpers import wait_for

pytestmark = pytest.mark.integration


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dotop_nb.cli", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_cli_lifecycle_with_a_crashed_component(tmp_path: Path, kubeconfig: str) -> None:
    # `kubeconfig` makes sure the binaries exist (the session fixture builds them if needed).
    env = {"DOTOP_STATE_DIR": str(tmp_path / "state")}
    up = _cli("cluster", "up", "--name", "life", env=env)
    assert up.returncode == 0, up.stderr
    assert "export KUBECONFIG=" in up.stdout

    again = _cli("cluster", "up", "--name", "life", env=env)
    assert again.returncode == 10
    assert "already running" in again.stderr

    status = _cli("cluster", "status", "--name", "life", env=env)
    assert status.returncode == 0, status.stdout + status.stderr
    assert status.stdout.count("healthy") == 5

    env_out = _cli("cluster", "env", "--name", "life", env=env)
    assert env_out.stdout.strip() == (
        f"export KUBECONFIG={tmp_path / 'state' / 'clusters' / 'life' / 'kubeconfig'}"
    )

    cluster = LocalCluster(tmp_path / "state" / "clusters" / "life", name="life")
    state = cluster.state()
    assert state is not None
    scheduler = next(c for c in state.components if c.name == "kube-scheduler")
    os.kill(scheduler.pid, signal.SIGKILL)
    wait_for(lambda: not scheduler.alive(), what="scheduler gone")

    crashed = _cli("cluster", "status", "--name", "life", env=env)
    assert crashed.returncode == 10
    assert "kube-scheduler" in crashed.stdout
    assert "stopped" in crashed.stdout

    stale = _cli("cluster", "up", "--name", "life", env=env)
    assert stale.returncode == 10
    assert "kube-scheduler stopped unexpectedly" in stale.stderr

    down = _cli("cluster", "down", "--name", "life", env=env)
    assert down.returncode == 0, down.stderr
    assert all(_start_ticks(c.pid) != c.start_ticks for c in state.components)
    assert not (tmp_path / "state" / "clusters" / "life").exists()

    twice = _cli("cluster", "down", "--name", "life", env=env)
    assert twice.returncode == 10
    assert "not running" in twice.stderr


def test_a_taken_port_is_refused_before_anything_starts(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        cluster = LocalCluster(tmp_path / "c", name="c")
        with pytest.raises(PortInUse) as err:
            cluster.up(apiserver_port=port)
    assert str(port) in str(err.value)
    assert cluster.state() is None


def test_missing_binaries_are_named_with_the_way_to_get_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOTOP_KUBE_BIN", str(tmp_path / "empty"))
    monkeypatch.delenv("KUBEBUILDER_ASSETS", raising=False)
    paths = Paths(cache=tmp_path / "cache", state=tmp_path / "state")
    with pytest.raises(BinariesMissing) as err:
        binaries.find(paths)
    text = str(err.value)
    for name in binaries.COMPONENTS:
        assert name in text
    assert "dotop-nb cluster build" in text
    assert "DOTOP_KUBE_BIN" in text


def test_a_component_that_dies_at_start_is_reported_and_the_rest_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kubeconfig: str
) -> None:
    real = binaries.find()
    bindir = tmp_path / "bin"
    bindir.mkdir()
    for name in binaries.COMPONENTS:
        (bindir / name).symlink_to(real[name])
    broken = bindir / "kube-apiserver"
    broken.unlink()
    broken.write_text("#!/bin/sh\necho 'E1126 simulated: cannot load certificate' >&2\nexit 3\n")
    broken.chmod(broken.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("DOTOP_KUBE_BIN", str(bindir))

    cluster = LocalCluster(tmp_path / "crash", name="crash")
    with pytest.raises(ComponentFailed) as err:
        cluster.up(timeout=30)
    assert err.value.component == "kube-apiserver"
    assert "exit code 3" in str(err.value)
    assert "simulated: cannot load certificate" in str(err.value)
    state = cluster.state()
    assert state is not None
    etcd = next(c for c in state.components if c.name == "etcd")
    assert not etcd.alive(), "etcd was left running after the apiserver failed"
    # The failed start leaves a record that `down` cleans up.
    with pytest.raises(LocalClusterError):
        cluster.up()
    cluster.down()
    with pytest.raises(ClusterNotRunning):
        cluster.down()


def test_up_twice_in_process_is_refused(tmp_path: Path, kubeconfig: str) -> None:
    cluster = LocalCluster(tmp_path / "twice", name="twice")
    cluster.up()
    try:
        with pytest.raises(ClusterAlreadyRunning):
            LocalCluster(tmp_path / "twice", name="twice").up()
        assert all(s.healthy for s in cluster.status())
    finally:
        cluster.down()


def test_a_picked_port_taken_before_its_component_binds_it_is_picked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kubeconfig: str
) -> None:
    # Another process takes the scheduler's port between `up` picking it and the scheduler
    # binding it (CI saw this: "kube-scheduler could not bind its port"). `up` starts again
    # with newly picked ports instead of failing.
    picks: list[int] = []
    real = launcher.free_port
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]

        def pick() -> int:
            picks.append(port if len(picks) == 4 else real())  # the first scheduler pick
            return picks[-1]

        monkeypatch.setattr(launcher, "free_port", pick)
        cluster = LocalCluster(tmp_path / "race", name="race")
        state = cluster.up()
        try:
            assert len(picks) == 12, "it did not start a second time with new ports"
            assert state.ports["kube-scheduler"] != port
            assert port not in state.ports.values()
            assert all(s.healthy for s in cluster.status())
        finally:
            cluster.down()


def test_picked_ports_lie_below_the_range_outgoing_connections_use() -> None:
    low, _ = (int(v) for v in Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    ports = {free_port() for _ in range(50)}
    assert all(10_000 <= p < low for p in ports), sorted(ports)
    assert len(ports) > 40  # drawn at random, not one port handed to every cluster
