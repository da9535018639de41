"""Start, inspect and stop a real Kubernetes control plane on loopback, without containers.

etcd → kube-apiserver (``/readyz``) → kube-controller-manager + kube-scheduler → kwok, then three
fake Nodes in three zones. Each component is one small type in :mod:`.components` (its arguments,
environment and health check); :mod:`.process` starts every process by argument list (never
through a shell), in its own session so it outlives the command that started it. This module
composes them: it records each process in ``state.json`` with its PID and kernel start time, and
stopping signals exactly those processes, in reverse order, and never a process found by name or
a PID that has since been reused.

Example::

    cluster = LocalCluster.default()
    cluster.up()
    print(cluster.kubeconfig)
    cluster.down()
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import json
import shutil
import ssl
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from dotop_nb.config import Paths, file_in_the_way
from dotop_nb.errors import (
    ClusterAlreadyRunning,
    ClusterNotRunning,
    ComponentFailed,
    LocalClusterError,
    PortInUse,
)
from dotop_nb.localcluster import binaries as bins
from dotop_nb.localcluster import pki as pkimod
from dotop_nb.localcluster.components import (
    COMPONENTS,
    POD_CIDR,
    SERVICE_CIDR,
    STAGED,
    STAGES,
    ControlPlaneComponent,
    Plane,
)
from dotop_nb.localcluster.http import get_json, request
from dotop_nb.localcluster.process import Component, free_port, port_is_free, spawn, stop, tail
from dotop_nb.localcluster.process import start_ticks as _start_ticks

ZONES = ("zone-a", "zone-b", "zone-c")
ORDER = tuple(COMPONENTS)
START_TIMEOUT = 120.0
#: Starts with newly picked ports when a picked one was taken before its component bound it.
PORT_ATTEMPTS = 3
"""Default seconds `cluster up` may take until three Nodes are Ready."""


@dataclass
class ClusterState:
    name: str
    kubeconfig: str
    server: str
    ports: dict[str, int]
    components: list[Component] = field(default_factory=list)
    started_at: float = 0.0
    ready_seconds: float = 0.0

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)

    @classmethod
    def from_json(cls, text: str) -> ClusterState:
        raw = json.loads(text)
        raw["components"] = [Component(**c) for c in raw.get("components", [])]
        return cls(**raw)


@dataclass(frozen=True)
class ComponentStatus:
    name: str
    pid: int
    running: bool
    healthy: bool
    detail: str


class LocalCluster:
    """One named local control plane whose files live in ``state_dir``."""

    def __init__(self, state_dir: Path, *, name: str = "default", paths: Paths | None = None):
        self.state_dir = state_dir
        self.name = name
        self._paths = paths or Paths.from_env()
        self._procs: dict[str, subprocess.Popen[bytes]] = {}
        self._requested_port: int | None = None

    @classmethod
    def default(cls, name: str = "default") -> LocalCluster:
        paths = Paths.from_env()
        for folder, variable in (
            (paths.state, "DOTOP_STATE_DIR"),
            (paths.cache, "DOTOP_CACHE_DIR"),
        ):
            blocker = file_in_the_way(folder)
            if blocker is not None:  # said now, not as an OS error half-way through `up`
                raise LocalClusterError(
                    f"the folder {folder} cannot be used: {blocker} is a file, not a folder",
                    hint=f"point {variable} at a folder",
                )
        return cls(paths.state / "clusters" / name, name=name, paths=paths)

    # ----------------------------------------------------------------------------- files
    @property
    def kubeconfig(self) -> Path:
        return self.state_dir / "kubeconfig"

    @property
    def _state_file(self) -> Path:
        return self.state_dir / "state.json"

    def state(self) -> ClusterState | None:
        try:
            return ClusterState.from_json(self._state_file.read_text())
        except FileNotFoundError:
            return None
        except (ValueError, TypeError, KeyError) as err:
            raise LocalClusterError(
                f"the cluster record {self._state_file} is unreadable: {err}",
                hint="stop any processes it started by hand, then remove that folder",
            ) from err

    def _save(self, state: ClusterState) -> None:
        tmp = self._state_file.with_suffix(".tmp")
        tmp.write_text(state.to_json())
        tmp.replace(self._state_file)

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        self.state_dir.parent.mkdir(parents=True, exist_ok=True)
        with open(self.state_dir.parent / f".{self.name}.lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # ----------------------------------------------------------------------------- up
    def up(
        self, *, apiserver_port: int | None = None, timeout: float | None = None
    ) -> ClusterState:
        """Start the control plane and return once three Nodes are Ready.

        Raises :class:`ClusterAlreadyRunning` when this cluster runs already, :class:`PortInUse`
        for a requested port that is taken, :class:`ComponentFailed` (with the tail of the
        component's log) when a process exits or never becomes healthy; in that case everything
        this call started is stopped again. ``timeout``: seconds it may take (None:
        :data:`START_TIMEOUT`).
        """
        timeout = START_TIMEOUT if timeout is None else timeout
        self._requested_port = apiserver_port
        with self._lock():
            existing = self.state()
            if existing is not None:
                alive = [c.name for c in existing.components if c.alive()]
                if alive and len(alive) == len(existing.components):
                    raise ClusterAlreadyRunning(
                        f"local cluster {self.name!r} is already running ({existing.server})",
                        hint="use it (`dotop-nb cluster env`), or `dotop-nb cluster down` first",
                    )
                dead = [c.name for c in existing.components if not c.alive()]
                raise LocalClusterError(
                    f"local cluster {self.name!r} has a stale record: "
                    f"{', '.join(dead) or 'every component'} stopped unexpectedly",
                    hint="run `dotop-nb cluster down` to clean it up, then `up` again",
                )
            if apiserver_port is not None and not port_is_free(apiserver_port):
                raise PortInUse(
                    f"port {apiserver_port} on 127.0.0.1 is already in use",
                    hint="choose another --port, or leave it out to pick a free one",
                )
            binaries = bins.find(self._paths)
            started = time.monotonic()
            for attempt in range(1, PORT_ATTEMPTS + 1):
                if self.state_dir.exists():
                    shutil.rmtree(self.state_dir)
                self.state_dir.mkdir(parents=True)
                state = ClusterState(
                    name=self.name,
                    kubeconfig=str(self.kubeconfig),
                    server="",
                    ports={},
                    started_at=time.time(),
                )
                try:
                    self._start_all(state, binaries, apiserver_port=apiserver_port, timeout=timeout)
                except PortInUse as err:
                    self._stop_components(state, timeout=10.0)
                    self._save(state)
                    # A port picked here was taken before its component bound it (another
                    # process raced for it): pick new ones, a few times, before giving up.
                    if err.picked and attempt < PORT_ATTEMPTS:
                        continue
                    raise
                except BaseException:
                    self._stop_components(state, timeout=10.0)
                    self._save(state)
                    raise
                break
            state.ready_seconds = round(time.monotonic() - started, 3)
            self._save(state)
            return state

    def _start_all(
        self,
        state: ClusterState,
        binaries: bins.Binaries,
        *,
        apiserver_port: int | None,
        timeout: float,
    ) -> None:
        deadline = time.monotonic() + timeout
        pki = pkimod.create(self.state_dir / "pki")
        ports = {
            "etcd": free_port(),
            "etcd-peer": free_port(),
            "kube-apiserver": apiserver_port or free_port(),
            "kube-controller-manager": free_port(),
            "kube-scheduler": free_port(),
            "kwok": free_port(),
        }
        state.ports = ports
        state.server = f"https://127.0.0.1:{ports['kube-apiserver']}"
        self._write_kubeconfig(pki, state.server)
        (self.state_dir / "logs").mkdir()
        plane = Plane(state_dir=self.state_dir, ports=ports)

        for group in STAGED:
            for component in group:
                self._spawn(state, plane, component, binaries[component.name])
            for component in group:
                self._wait(state, component.name, deadline, component.probe(plane).ok)

        admin = plane.admin()
        self._create_nodes(state.server, admin)
        self._wait(state, "kwok", deadline, lambda: self._nodes_ready(state.server, admin))
        self._wait(
            state,
            "kube-controller-manager",
            deadline,
            lambda: (
                request(
                    f"{state.server}/api/v1/namespaces/default/serviceaccounts/default",
                    context=admin,
                )[0]
                == 200
            ),
        )

    def _write_kubeconfig(self, pki: pkimod.Pki, server: str) -> None:
        # JSON is valid YAML, so no YAML writer is needed for this fixed shape.
        config = {
            "apiVersion": "v1",
            "kind": "Config",
            "clusters": [
                {
                    "name": "dotop-local",
                    "cluster": {"server": server, "certificate-authority": str(pki.ca_cert)},
                }
            ],
            "users": [
                {
                    "name": "dotop-admin",
                    "user": {
                        "client-certificate": str(pki.admin_cert),
                        "client-key": str(pki.admin_key),
                    },
                }
            ],
            "contexts": [
                {
                    "name": "dotop-local",
                    "context": {"cluster": "dotop-local", "user": "dotop-admin"},
                }
            ],
            "current-context": "dotop-local",
        }
        self.kubeconfig.write_text(json.dumps(config, indent=2))
        self.kubeconfig.chmod(0o600)

    def _spawn(
        self,
        state: ClusterState,
        plane: Plane,
        component: ControlPlaneComponent,
        binary: Path,
    ) -> None:
        component.prepare(plane)
        proc, record = spawn(
            component.name,
            component.args(plane, binary=binary),
            log=self.state_dir / "logs" / f"{component.name}.log",
            cwd=self.state_dir,
            port=state.ports.get(component.name, 0),
            env=component.env(plane),
        )
        self._procs[component.name] = proc
        state.components.append(record)
        self._save(state)

    def _wait(
        self, state: ClusterState, name: str, deadline: float, ready: Callable[[], bool]
    ) -> None:
        component = next(c for c in state.components if c.name == name)
        delay = 0.05
        while True:
            if not component.alive():
                raise self._failure(component, "exited during start-up")
            if ready():
                return
            if time.monotonic() > deadline:
                raise self._failure(component, "did not become healthy in time")
            time.sleep(delay)
            delay = min(delay * 1.5, 0.5)

    def _failure(self, component: Component, what: str) -> LocalClusterError:
        proc = self._procs.get(component.name)
        code = proc.poll() if proc else None
        last = tail(Path(component.log), 12)
        if "address already in use" in last:
            return PortInUse(
                f"{component.name} could not bind its port: another process took it "
                f"(ports: {component.port})",
                hint="run `dotop-nb cluster up` again; it picks new free ports",
                picked=component.name != "kube-apiserver" or self._requested_port is None,
            )
        suffix = f" (exit code {code})" if code is not None else ""
        return ComponentFailed(
            component.name,
            f"{what}{suffix}. Last lines of {component.log}:\n{last}",
            hint="see the full log; `dotop-nb cluster down` cleans up what was started",
        )

    def _create_nodes(self, server: str, admin: ssl.SSLContext) -> None:
        for index, zone in enumerate(ZONES):
            name = f"kwok-node-{index}"
            node = {
                "apiVersion": "v1",
                "kind": "Node",
                "metadata": {
                    "name": name,
                    "labels": {
                        "kubernetes.io/hostname": name,
                        "kubernetes.io/os": "linux",
                        "kubernetes.io/arch": "amd64",
                        "topology.kubernetes.io/zone": zone,
                        "type": "kwok",
                    },
                    "annotations": {"kwok.x-k8s.io/node": "fake"},
                },
                "status": {
                    "allocatable": {"cpu": "32", "memory": "128Gi", "pods": "110"},
                    "capacity": {"cpu": "32", "memory": "128Gi", "pods": "110"},
                },
            }
            status, text = request(
                f"{server}/api/v1/nodes", method="POST", body=node, context=admin
            )
            if status not in (201, 409):
                raise LocalClusterError(f"creating node {name} failed ({status}): {text[:300]}")

    @staticmethod
    def _nodes_ready(server: str, admin: ssl.SSLContext) -> bool:
        nodes = get_json(f"{server}/api/v1/nodes", context=admin)
        if not nodes:
            return False
        ready = 0
        for node in nodes.get("items", []):
            for cond in node.get("status", {}).get("conditions", []) or []:
                if cond.get("type") == "Ready" and cond.get("status") == "True":
                    ready += 1
        return ready >= len(ZONES)

    # ----------------------------------------------------------------------------- down
    def down(self, *, keep_state: bool = False, timeout: float = 15.0) -> list[str]:
        """Stop every recorded process (reverse order, TERM then KILL) and remove the state.

        Returns the names of the components that were still running. Raises
        :class:`ClusterNotRunning` when there is no record of this cluster.
        """
        with self._lock():
            state = self.state()
            if state is None:
                raise ClusterNotRunning(
                    f"local cluster {self.name!r} is not running (no record in {self.state_dir})",
                    hint="start it with `dotop-nb cluster up`",
                )
            stopped = self._stop_components(state, timeout=timeout)
            if keep_state:
                state.components = []
                self._save(state)
                # Keeping the files is for post-mortems; a kept record must not look running.
                self._state_file.rename(self.state_dir / "state.stopped.json")
            else:
                shutil.rmtree(self.state_dir, ignore_errors=True)
            return stopped

    def _stop_components(self, state: ClusterState, *, timeout: float) -> list[str]:
        running = [c for c in reversed(state.components) if c.alive()]
        for component in running:
            stop(component, timeout=timeout, reap=functools.partial(self._reap, component.name))
        return [c.name for c in running]

    def _reap(self, name: str) -> None:
        proc = self._procs.get(name)
        if proc is not None:
            proc.poll()

    # ----------------------------------------------------------------------------- status
    def status(self) -> list[ComponentStatus]:
        """Health of each recorded component. Raises :class:`ClusterNotRunning` without a record."""
        state = self.state()
        if state is None:
            raise ClusterNotRunning(
                f"local cluster {self.name!r} is not running (no record in {self.state_dir})",
                hint="start it with `dotop-nb cluster up`",
            )
        plane = Plane(state_dir=self.state_dir, ports=state.ports)
        report = []
        for component in state.components:
            running = component.alive()
            healthy, detail = False, "not running"
            if running:
                probe = COMPONENTS[component.name].probe(plane)
                code, text = probe.answer(timeout=3.0)
                healthy = code == 200
                detail = (
                    "ok" if healthy else f"health check {probe.url} answered {code}: {text[:120]}"
                )
            else:
                detail = f"exited; see {component.log}"
            report.append(ComponentStatus(component.name, component.pid, running, healthy, detail))
        return report


__all__ = [
    "ORDER",
    "POD_CIDR",
    "SERVICE_CIDR",
    "STAGES",
    "ZONES",
    "ClusterState",
    "Component",
    "ComponentStatus",
    "LocalCluster",
    "_start_ticks",
    "free_port",
    "port_is_free",
]
