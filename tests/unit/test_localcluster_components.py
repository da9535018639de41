"""The control plane's parts without a cluster: one type per component (arguments, environment,
health check) and the generic process type (start, record, stop by exactly that record)."""

from __future__ import annotations

import sys
from pathlib import Path

from dotop_nb.localcluster import components as cp
from dotop_nb.localcluster import process

PORTS = {
    "etcd": 2379,
    "etcd-peer": 2380,
    "kube-apiserver": 6443,
    "kube-controller-manager": 10257,
    "kube-scheduler": 10259,
    "kwok": 10247,
}


def test_components_start_in_envtest_order_and_own_their_names() -> None:
    assert [[c.name for c in group] for group in cp.STAGED] == [
        ["etcd"],
        ["kube-apiserver"],
        ["kube-controller-manager", "kube-scheduler"],
        ["kwok"],
    ]
    assert list(cp.COMPONENTS) == [
        "etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler", "kwok",
    ]  # fmt: skip


def test_each_component_builds_its_arguments_from_the_plane(tmp_path: Path) -> None:
    plane = cp.Plane(state_dir=tmp_path, ports=PORTS)
    etcd = cp.Etcd().args(plane, binary=Path("/b/etcd"))
    assert etcd == [
        "/b/etcd",
        "--name=dotop",
        f"--data-dir={tmp_path / 'etcd'}",
        "--listen-client-urls=http://127.0.0.1:2379",
        "--advertise-client-urls=http://127.0.0.1:2379",
        "--listen-peer-urls=http://127.0.0.1:2380",
        "--initial-advertise-peer-urls=http://127.0.0.1:2380",
        "--initial-cluster=dotop=http://127.0.0.1:2380",
        "--unsafe-no-fsync",
        "--log-level=warn",
    ]
    api = cp.KubeApiserver().args(plane, binary=Path("/b/kube-apiserver"))
    assert "--etcd-servers=http://127.0.0.1:2379" in api
    assert "--secure-port=6443" in api
    assert f"--client-ca-file={tmp_path / 'pki' / 'ca.crt'}" in api
    kcm = cp.KubeControllerManager().args(plane, binary=Path("/b/kcm"))
    scheduler = cp.KubeScheduler().args(plane, binary=Path("/b/ks"))
    for args, port in ((kcm, 10257), (scheduler, 10259)):
        assert f"--kubeconfig={tmp_path / 'kubeconfig'}" in args
        assert "--leader-elect=false" in args
        assert f"--secure-port={port}" in args
    assert f"--cluster-signing-key-file={tmp_path / 'pki' / 'ca.key'}" in kcm
    kwok = cp.Kwok()
    assert f"--config={cp.STAGES}" in kwok.args(plane, binary=Path("/b/kwok"))
    assert cp.STAGES.is_file()
    assert kwok.env(plane) == {"HOME": str(tmp_path / "kwok-home")}
    kwok.prepare(plane)
    assert (tmp_path / "kwok-home").is_dir()
    assert cp.Etcd().env(plane) is None


def test_each_component_has_its_health_check(tmp_path: Path) -> None:
    plane = cp.Plane(state_dir=tmp_path, ports=PORTS)
    assert cp.Etcd().probe(plane) == cp.Probe("http://127.0.0.1:2379/health")
    assert cp.Kwok().probe(plane) == cp.Probe("http://127.0.0.1:10247/healthz")
    for component, port in ((cp.KubeControllerManager(), 10257), (cp.KubeScheduler(), 10259)):
        probe = component.probe(plane)
        assert probe.url == f"https://127.0.0.1:{port}/healthz"
        assert probe.context is not None
    # Nothing listens there: a probe reports the failure, it does not raise.
    assert cp.Probe(f"http://127.0.0.1:{process.free_port()}/health").ok() is False


def test_a_process_is_recorded_and_stopped_by_its_record(tmp_path: Path) -> None:
    proc, record = process.spawn(
        "sleeper",
        [sys.executable, "-c", "import time; time.sleep(60)"],
        log=tmp_path / "sleeper.log",
        cwd=tmp_path,
        port=1234,
    )
    assert (record.name, record.pid, record.port) == ("sleeper", proc.pid, 1234)
    assert record.start_ticks == process.start_ticks(proc.pid)
    assert record.alive()
    # A record whose start time does not match is another process that reused the PID.
    stale = process.Component("sleeper", proc.pid, record.start_ticks + 1, 1234, record.log)
    assert not stale.alive()
    process.stop(record, timeout=5.0, reap=proc.poll)
    assert not record.alive()
    assert proc.returncode is not None
    assert process.tail(tmp_path / "missing.log", 3) == "(no log)"
