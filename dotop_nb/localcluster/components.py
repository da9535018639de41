"""One small type per control-plane component, as envtest has: each owns its default arguments,
the environment it needs and the health check that says it is ready (at start-up and in
``dotop-nb cluster status`` alike). :mod:`.launcher` composes them; :mod:`.process` runs them.

Example::

    plane = Plane(state_dir=folder, ports={"etcd": 2379, "etcd-peer": 2380, ...})
    argv = Etcd().args(plane, binary=Path("/path/etcd"))
    Etcd().probe(plane).ok()
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from dotop_nb.localcluster import pki as pkimod
from dotop_nb.localcluster.http import client_context, request

STAGES = Path(__file__).parent / "stages" / "stages.yaml"
SERVICE_CIDR = "10.96.0.0/16"
POD_CIDR = "10.0.0.1/16"


@dataclass(frozen=True)
class Plane:
    """One cluster's folder and loopback ports: what every component is configured from."""

    state_dir: Path
    ports: Mapping[str, int]

    @property
    def kubeconfig(self) -> Path:
        return self.state_dir / "kubeconfig"

    @property
    def pki(self) -> pkimod.Pki:
        return pkimod.layout(self.state_dir / "pki")

    @property
    def server(self) -> str:
        return f"https://127.0.0.1:{self.ports['kube-apiserver']}"

    def admin(self) -> ssl.SSLContext:
        """TLS as the cluster admin (client certificate), trusting the cluster's CA."""
        pki = self.pki
        return client_context(ca=pki.ca_cert, cert=pki.admin_cert, key=pki.admin_key)


@dataclass(frozen=True)
class Probe:
    """A health endpoint: ready when it answers 200."""

    url: str
    context: ssl.SSLContext | None = None

    def answer(self, *, timeout: float = 5.0) -> tuple[int, str]:
        return request(self.url, context=self.context, timeout=timeout)

    def ok(self) -> bool:
        return self.answer()[0] == 200


class ControlPlaneComponent:
    """What the launcher needs of a component: its name, its arguments, its environment, what
    it needs on disk first, and its health check."""

    name: ClassVar[str]

    def args(self, plane: Plane, *, binary: Path) -> list[str]:
        raise NotImplementedError

    def env(self, plane: Plane) -> dict[str, str] | None:
        return None

    def prepare(self, plane: Plane) -> None:
        """Create what the component needs on disk before it starts."""

    def probe(self, plane: Plane) -> Probe:
        raise NotImplementedError


class Etcd(ControlPlaneComponent):
    """One etcd member on two loopback ports (client, peer), without fsync: a test store."""

    name = "etcd"

    def client_url(self, plane: Plane) -> str:
        return f"http://127.0.0.1:{plane.ports['etcd']}"

    def args(self, plane: Plane, *, binary: Path) -> list[str]:
        url = self.client_url(plane)
        peer = f"http://127.0.0.1:{plane.ports['etcd-peer']}"
        return [
            str(binary),
            "--name=dotop",
            f"--data-dir={plane.state_dir / 'etcd'}",
            f"--listen-client-urls={url}",
            f"--advertise-client-urls={url}",
            f"--listen-peer-urls={peer}",
            f"--initial-advertise-peer-urls={peer}",
            f"--initial-cluster=dotop={peer}",
            "--unsafe-no-fsync",
            "--log-level=warn",
        ]

    def probe(self, plane: Plane) -> Probe:
        return Probe(f"{self.client_url(plane)}/health")


class KubeApiserver(ControlPlaneComponent):
    """The apiserver on 127.0.0.1 with the cluster's PKI, RBAC, and no endpoint reconciler."""

    name = "kube-apiserver"

    def args(self, plane: Plane, *, binary: Path) -> list[str]:
        pki = plane.pki
        return [
            str(binary),
            f"--etcd-servers={Etcd().client_url(plane)}",
            "--bind-address=127.0.0.1",
            "--advertise-address=127.0.0.1",
            f"--secure-port={plane.ports[self.name]}",
            "--endpoint-reconciler-type=none",
            f"--tls-cert-file={pki.serving_cert}",
            f"--tls-private-key-file={pki.serving_key}",
            f"--client-ca-file={pki.ca_cert}",
            "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
            f"--service-account-key-file={pki.sa_pub}",
            f"--service-account-signing-key-file={pki.sa_key}",
            f"--service-cluster-ip-range={SERVICE_CIDR}",
            "--authorization-mode=RBAC",
            f"--cert-dir={plane.state_dir / 'apiserver-certs'}",
            "--allow-privileged=true",
            "--profiling=false",
            "--event-ttl=1h",
        ]

    def probe(self, plane: Plane) -> Probe:
        return Probe(f"{plane.server}/readyz", plane.admin())


class _Controller(ControlPlaneComponent):
    """A client of the apiserver through the admin kubeconfig, with its own healthz port."""

    def common(self, plane: Plane) -> list[str]:
        return [
            f"--kubeconfig={plane.kubeconfig}",
            f"--authentication-kubeconfig={plane.kubeconfig}",
            f"--authorization-kubeconfig={plane.kubeconfig}",
            "--leader-elect=false",
            "--bind-address=127.0.0.1",
            "--kube-api-qps=200",
            "--kube-api-burst=400",
        ]

    def probe(self, plane: Plane) -> Probe:
        # Its serving certificate is self-signed on loopback: only liveness is read.
        url = f"https://127.0.0.1:{plane.ports[self.name]}/healthz"
        return Probe(url, client_context(ca=None))


class KubeControllerManager(_Controller):
    """All controllers, signing with the cluster CA, tuned for quick rollouts."""

    name = "kube-controller-manager"

    def args(self, plane: Plane, *, binary: Path) -> list[str]:
        pki = plane.pki
        return [
            str(binary),
            *self.common(plane),
            f"--secure-port={plane.ports[self.name]}",
            f"--cert-dir={plane.state_dir / 'kcm-certs'}",
            f"--service-account-private-key-file={pki.sa_key}",
            f"--root-ca-file={pki.ca_cert}",
            f"--cluster-signing-cert-file={pki.ca_cert}",
            f"--cluster-signing-key-file={pki.ca_key}",
            f"--service-cluster-ip-range={SERVICE_CIDR}",
            "--controllers=*",
            "--use-service-account-credentials=false",
            "--concurrent-deployment-syncs=10",
            "--concurrent-replicaset-syncs=10",
            "--node-monitor-grace-period=60s",
        ]


class KubeScheduler(_Controller):
    """The default scheduler."""

    name = "kube-scheduler"

    def args(self, plane: Plane, *, binary: Path) -> list[str]:
        return [str(binary), *self.common(plane), f"--secure-port={plane.ports[self.name]}"]


class Kwok(ControlPlaneComponent):
    """Fake kubelets: manages every Node and moves Pods through the stages in ``stages.yaml``."""

    name = "kwok"

    def home(self, plane: Plane) -> Path:
        return plane.state_dir / "kwok-home"

    def args(self, plane: Plane, *, binary: Path) -> list[str]:
        return [
            str(binary),
            f"--kubeconfig={plane.kubeconfig}",
            "--manage-all-nodes=true",
            f"--config={STAGES}",
            f"--cidr={POD_CIDR}",
            "--node-lease-duration-seconds=40",
            f"--server-address=127.0.0.1:{plane.ports[self.name]}",
        ]

    def env(self, plane: Plane) -> dict[str, str]:
        # kwok writes its own files under $HOME: keep them in the cluster's folder.
        return {"HOME": str(self.home(plane))}

    def prepare(self, plane: Plane) -> None:
        self.home(plane).mkdir()

    def probe(self, plane: Plane) -> Probe:
        return Probe(f"http://127.0.0.1:{plane.ports[self.name]}/healthz")


# Started group by group: every component of a group is started, then each is waited for.
STAGED: tuple[tuple[ControlPlaneComponent, ...], ...] = (
    (Etcd(),),
    (KubeApiserver(),),
    (KubeControllerManager(), KubeScheduler()),
    (Kwok(),),
)
COMPONENTS: dict[str, ControlPlaneComponent] = {c.name: c for group in STAGED for c in group}
