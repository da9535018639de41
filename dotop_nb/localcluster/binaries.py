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
import selectors
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dotop_nb.config import Paths, binary_dirs_from_env
from dotop_nb.errors import BinariesMissing, LocalClusterError
from dotop_nb.localcluster.progress import Progress, Tracker

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


Report = Callable[[Progress], None]


@dataclass(frozen=True)
class Step:
    """One Go command of the build, and what it builds (for progress and the log)."""

    phase: str
    args: list[str]
    cwd: Path
    env: dict[str, str]


def run_step(
    step: Step,
    *,
    log: Path,
    number: int = 1,
    steps: int = 1,
    report: Report | None = None,
    started: float | None = None,
    tick: float = 1.0,
) -> None:
    """Run one Go command, its output appended to ``log`` and read as it comes for progress
    (``report``: every package, every download and, while Go is silent, every ``tick`` s)."""
    tracker = Tracker(
        step.phase, step=number, steps=steps, report=report or (lambda _: None), started=started
    )
    with open(log, "ab") as out:
        out.write(f"\n$ go {' '.join(step.args)}  (in {step.cwd})\n".encode())
        out.flush()
        process = subprocess.Popen(
            [_go(), *step.args],
            cwd=step.cwd,
            env=step.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        assert process.stdout is not None
        pending = b""
        with process, selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            while True:
                if not selector.select(timeout=tick):
                    tracker.tick()
                    continue
                chunk = os.read(process.stdout.fileno(), 65536)
                if not chunk:
                    break
                out.write(chunk)
                out.flush()
                *lines, pending = (pending + chunk).split(b"\n")
                for line in lines:
                    tracker.line(line.decode(errors="replace"))
            if pending:
                tracker.line(pending.decode(errors="replace"))
        code = process.returncode
    if code != 0:
        tail = log.read_text(errors="replace").splitlines()[-15:]
        raise LocalClusterError(
            f"`go {step.args[0]}` failed with exit code {code}:\n" + "\n".join(tail),
            hint=f"full log: {log}",
        )


def _steps(staging: Path) -> list[Step]:
    env = {
        **os.environ,
        "GOTOOLCHAIN": "local",
        "CGO_ENABLED": "0",
        "GOFLAGS": "-mod=readonly -buildvcs=false",
    }
    # -v: Go names each package as it compiles it, which is what the progress shows.
    return [
        Step(
            "etcd",
            ["build", "-v", "-trimpath", "-ldflags", "-s -w", "-o", str(staging / "etcd"), "."],
            _GOBUILD / "etcd",
            env,
        ),
        Step(
            ", ".join(_KUBE_COMMANDS),
            [
                "build",
                "-v",
                "-trimpath",
                "-ldflags",
                _version_ldflags(),
                "-o",
                str(staging) + os.sep,
                *(f"k8s.io/kubernetes/cmd/{c}" for c in _KUBE_COMMANDS),
            ],
            _GOBUILD / "kube",
            env,
        ),
        Step(
            "kwok",
            ["install", "-v", "-trimpath", f"sigs.k8s.io/kwok/cmd/kwok@{KWOK_VERSION}"],
            staging,
            {**env, "GOBIN": str(staging), "GOFLAGS": "-buildvcs=false"},
        ),
    ]


def build(
    paths: Paths | None = None, *, force: bool = False, report: Report | None = None
) -> tuple[Binaries, float]:
    """Build (or reuse) the pinned binaries in the cache; returns them and the seconds spent.
    ``report`` receives the build's :class:`~dotop_nb.localcluster.progress.Progress` (phase,
    module, packages, elapsed) as it goes; a cached build reports nothing."""
    target = cache_dir(paths)
    started = time.monotonic()
    with _build_lock(target.parent):
        if not force and all(_executable(target / c) for c in COMPONENTS):
            return Binaries({c: target / c for c in COMPONENTS}), 0.0
        staging = Path(tempfile.mkdtemp(prefix="build-", dir=target.parent))
        log = target.parent / f"{target.name}.build.log"
        log.write_text("")
        try:
            steps = _steps(staging)
            for number, step in enumerate(steps, start=1):
                run_step(
                    step, log=log, number=number, steps=len(steps), report=report, started=started
                )
            if target.exists():
                shutil.rmtree(target)
            staging.rename(target)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
    return Binaries({c: target / c for c in COMPONENTS}), time.monotonic() - started
