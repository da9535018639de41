"""Settings and well-known paths.

Every setting can come from the environment so that notebooks, runbooks, the command line and
CI see the same values. Each field of :class:`Paths` says where it comes from.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser() if value else None


def _xdg(kind: str, default: str) -> Path:
    base = _env_path(f"XDG_{kind}_HOME")
    return (base or Path.home() / default) / "dotop-nb"


@dataclass(frozen=True)
class Paths:
    """Folders dotop-nb reads and writes outside the project."""

    cache: Path
    """Built control-plane binaries, keyed by their pinned versions.

    ``DOTOP_CACHE_DIR``, else ``$XDG_CACHE_HOME/dotop-nb``, else ``~/.cache/dotop-nb``."""

    state: Path
    """Running local clusters (PKI, data, logs, kubeconfig).

    ``DOTOP_STATE_DIR``, else ``$XDG_STATE_HOME/dotop-nb``, else ``~/.local/state/dotop-nb``."""

    @classmethod
    def from_env(cls) -> Paths:
        return cls(
            cache=_env_path("DOTOP_CACHE_DIR") or _xdg("CACHE", ".cache"),
            state=_env_path("DOTOP_STATE_DIR") or _xdg("STATE", ".local/state"),
        )


def file_in_the_way(path: Path) -> Path | None:
    """The file at ``path`` or above it (its nearest existing ancestor) that keeps a folder
    from being created there, or None."""
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return probe if probe.exists() and not probe.is_dir() else None


def data_dir() -> Path:
    """Per-user data that must survive (the signing key): ``$XDG_DATA_HOME/dotop-nb``, else
    ``~/.local/share/dotop-nb`` — where Jupyter keeps its ``notebook_secret`` too."""
    return _xdg("DATA", ".local/share")


def binary_dirs_from_env() -> list[Path]:
    """Folders holding ready-made control-plane binaries, in the order they are searched.

    ``DOTOP_KUBE_BIN`` (all five binaries, e.g. from downloaded releases) comes first, then the
    envtest convention ``KUBEBUILDER_ASSETS`` (etcd and kube-apiserver; the others may sit beside).
    """
    dirs = [_env_path("DOTOP_KUBE_BIN"), _env_path("KUBEBUILDER_ASSETS")]
    return [d for d in dirs if d is not None]


STARTER_POLICIES = Path(__file__).resolve().parent / "policy" / "starter"
"""The starter policies shipped in the package: the default policy set when neither
``DOTOP_POLICIES`` nor a ``./policies`` folder names another (``none`` = explicitly no policies)."""

NO_POLICIES = "none"
"""The value of ``DOTOP_POLICIES`` (or ``policies=``) that explicitly chooses no policies."""
