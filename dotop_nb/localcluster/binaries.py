"""Finding and building the control-plane binaries.

The binaries are built from the Go module proxy at pinned versions, by small wrapper modules that
ship inside this package (``gobuild/``), and cached outside any repository under a folder named by
those versions and a digest of the wrapper modules. Users with downloaded release binaries point
``DOTOP_KUBE_BIN`` (or the envtest convention ``KUBEBUILDER_ASSETS``) at them and skip the build.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dotop_nb.config import Paths, binary_dirs_from_env
from dotop_nb.errors import BinariesMissing, LocalClusterError

KUBERNETES_VERSION = "v1.37.2"
KWOK_VERSION = "v0.8.0"
ETCD_VERSION = "v3.6.16"  # must match gobuild/etcd/go.mod

COMPONENTS = ("etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler", "kwok")

_GOBUILD = Path(__file__).parent / "gobuild"
_KUBE_COMMANDS = ("kube-apiserver", "kube-controller-manager", "kube-scheduler")


@dataclass(frozen=True)
class Binaries:
    """Absolute paths of the five executables the local control plane runs."""

    paths: dict[str, Path]

    def __getitem__(self, component: str) -> Path:
        return self.paths[component]


def build_key() -> str:
    """Cache key: the pinned versions plus a digest of the wrapper modules' go.mod / go.sum."""
    digest = hashlib.sha256()
    for path in sorted(_GOBUILD.glob("*/go.*")) + sorted(_GOBUILD.glob("*/*.go")):
        digest.update(path.relative_to(_GOBUILD).as_posix().encode())
        digest.update(path.read_bytes())
    return (
        f"k8s-{KUBERNETES_VERSION}_etcd-{ETCD_VERSION}_kwok-{KWOK_VERSION}"
        f"_{digest.hexdigest()[:10]}"
    )


def cache_dir(paths: Paths | None = None) -> Path:
    return (paths or Paths.from_env()).cache / "bin" / build_key()


def _executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def find(paths: Paths | None = None) -> Binaries:
    """Locate every component, searching the user's folders first and then the build cache.

    Raises :class:`BinariesMissing` naming each missing binary and the ways to get it.
    """
    search = [*binary_dirs_from_env(), cache_dir(paths)]
    found: dict[str, Path] = {}
    for component in COMPONENTS:
        for folder in search:
            candidate = folder / component
            if _executable(candidate):
                found[component] = candidate.resolve()
                break
    missing = [c for c in COMPONENTS if c not in found]
    if missing:
        looked = ", ".join(str(d) for d in search)
        raise BinariesMissing(
            f"control-plane binaries not found: {', '.join(missing)} (looked in {looked})",
            hint="run `dotop-nb cluster build` (needs Go ≥ 1.24 and the Go module proxy; "
            "10-20 min the first time), or set DOTOP_KUBE_BIN to a folder holding etcd, "
            "kube-apiserver, kube-controller-manager, kube-scheduler and kwok",
        )
    return Binaries(found)


@contextmanager
def _build_lock(folder: Path) -> Iterator[None]:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".build.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _go() -> str:
    go = shutil.which("go")
    if go is None:
        raise BinariesMissing(
            "the Go toolchain (`go`) is not on PATH, so the control plane cannot be built",
            hint="install Go ≥ 1.24, or set DOTOP_KUBE_BIN to ready-made binaries",
        )
    return go


def _version_ldflags() -> str:
    major, minor = KUBERNETES_VERSION.lstrip("v").split(".")[:2]
    flags = ["-s", "-w"]
    for package in ("k8s.io/component-base/version", "k8s.io/client-go/pkg/version"):
        flags += [
            f"-X {package}.gitVersion={KUBERNETES_VERSION}",
            f"-X {package}.gitMajor={major}",
            f"-X {package}.gitMinor={minor}",
            f"-X {package}.gitTreeState=clean",
        ]
    return " ".join(flags)


def _run_go(args: list[str], *, cwd: Path, env: dict[str, str], log: Path) -> None:
    with open(log, "ab") as out:
        out.write(f"\n$ go {' '.join(args)}  (in {cwd})\n".encode())
        out.flush()
        result = subprocess.run(  # noqa: PLW1510 - checked below with the log
            [_go(), *args], cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    if result.returncode != 0:
        tail = log.read_text(errors="replace").splitlines()[-15:]
        raise LocalClusterError(
            f"`go {args[0]}` failed with exit code {result.returncode}:\n" + "\n".join(tail),
            hint=f"full log: {log}",
        )


def build(paths: Paths | None = None, *, force: bool = False) -> tuple[Binaries, float]:
    """Build (or reuse) the pinned binaries in the cache; returns them and the seconds spent."""
    target = cache_dir(paths)
    started = time.monotonic()
    with _build_lock(target.parent):
        if not force and all(_executable(target / c) for c in COMPONENTS):
            return Binaries({c: target / c for c in COMPONENTS}), 0.0
        staging = Path(tempfile.mkdtemp(prefix="build-", dir=target.parent))
        log = target.parent / f"{target.name}.build.log"
        log.write_text("")
        env = {
            **os.environ,
            "GOTOOLCHAIN": "local",
            "CGO_ENABLED": "0",
            "GOFLAGS": "-mod=readonly -buildvcs=false",
        }
        try:
            _run_go(
                ["build", "-trimpath", "-ldflags", "-s -w", "-o", str(staging / "etcd"), "."],
                cwd=_GOBUILD / "etcd",
                env=env,
                log=log,
            )
            _run_go(
                [
                    "build",
                    "-trimpath",
                    "-ldflags",
                    _version_ldflags(),
                    "-o",
                    str(staging) + os.sep,
                    *(f"k8s.io/kubernetes/cmd/{c}" for c in _KUBE_COMMANDS),
                ],
                cwd=_GOBUILD / "kube",
                env=env,
                log=log,
            )
            _run_go(
                ["install", "-trimpath", f"sigs.k8s.io/kwok/cmd/kwok@{KWOK_VERSION}"],
                cwd=staging,
                env={**env, "GOBIN": str(staging), "GOFLAGS": "-buildvcs=false"},
                log=log,
            )
            if target.exists():
                shutil.rmtree(target)
            staging.rename(target)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
    return Binaries({c: target / c for c in COMPONENTS}), time.monotonic() - started
