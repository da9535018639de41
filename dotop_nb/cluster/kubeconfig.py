"""Checks a kubeconfig file before the client library reads it, so bad input gets a clear message.

The library reports a garbage file, a missing context or a context that names an undefined
cluster with exceptions of many types (``AttributeError`` on a YAML list, ``TypeError``,
``ConfigException`` with its own wording) — they used to surface as "unexpected error". Here each
problem becomes a :class:`~dotop_nb.errors.ConfigError` (exit code 2) that names the file and says
what to fix. Only names (contexts, clusters, users) and server URLs are quoted: a kubeconfig also
holds credentials, which never appear in a message.

Example::

    check_kubeconfig(Path("~/.kube/config").expanduser(), context="kind-dev")
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from dotop_nb.errors import ConfigError

_HINT = (
    "pass --kubeconfig/--context (or set KUBECONFIG) to a working kubeconfig, or start the local "
    'cluster (`dotop-nb cluster up`, then `eval "$(dotop-nb cluster env)"`)'
)


def _named(items: Any, what: str, path: Path) -> dict[str, dict[str, Any]]:
    """``[{name: …, <what>: {…}}]`` as a dict; anything else is a ConfigError."""
    if items is None:
        return {}
    if not isinstance(items, list):
        raise ConfigError(f"kubeconfig {path}: `{what}s` is not a list", hint=_HINT)
    out: dict[str, dict[str, Any]] = {}
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ConfigError(f"kubeconfig {path}: an entry of `{what}s` has no name", hint=_HINT)
        body = item.get(what)
        out[item["name"]] = body if isinstance(body, dict) else {}
    return out


def _read(path: Path) -> Any:
    if not path.exists():
        raise ConfigError(f"kubeconfig {path} does not exist", hint=_HINT)
    if path.is_dir():
        raise ConfigError(f"kubeconfig {path} is a folder, not a file", hint=_HINT)
    try:
        text = path.read_text(encoding="utf-8")
    except PermissionError:
        raise ConfigError(
            f"kubeconfig {path} cannot be read: permission denied", hint=_HINT
        ) from None
    except UnicodeDecodeError:
        raise ConfigError(f"kubeconfig {path} is not a text file (not UTF-8)", hint=_HINT) from None
    except OSError as err:
        raise ConfigError(
            f"kubeconfig {path} cannot be read: {type(err).__name__}", hint=_HINT
        ) from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise ConfigError(f"kubeconfig {path} is not valid YAML{where}", hint=_HINT) from None


def check_kubeconfig(path: Path, context: str | None) -> None:
    """Raise a specific :class:`ConfigError` unless ``path`` is a kubeconfig that can serve
    ``context`` (or its current context)."""
    doc = _read(path)
    if not isinstance(doc, dict):
        raise ConfigError(
            f"kubeconfig {path} is not a kubeconfig (expected a mapping with clusters, contexts "
            "and users)",
            hint=_HINT,
        )
    contexts = _named(doc.get("contexts"), "context", path)
    clusters = _named(doc.get("clusters"), "cluster", path)
    users = _named(doc.get("users"), "user", path)
    known = ", ".join(sorted(contexts)) or "none"
    if not contexts:
        raise ConfigError(f"kubeconfig {path} defines no contexts", hint=_HINT)
    chosen = context or doc.get("current-context")
    if not chosen:
        raise ConfigError(
            f"kubeconfig {path} has no current-context (contexts: {known})",
            hint="pass --context NAME, or set one with `kubectl config use-context NAME`",
        )
    if not isinstance(chosen, str) or chosen not in contexts:
        which = "context" if context else "current-context"
        raise ConfigError(
            f"kubeconfig {path} has no context {str(chosen)[:80]!r} "
            f"(the {which} asked for; contexts: {known})",
            hint="pass --context with one of the listed contexts",
        )
    ctx = contexts[chosen]
    cluster = ctx.get("cluster")
    if not isinstance(cluster, str) or cluster not in clusters:
        raise ConfigError(
            f"kubeconfig {path}: context {chosen!r} names cluster {str(cluster)[:80]!r}, which "
            "the file does not define",
            hint=_HINT,
        )
    server = clusters[cluster].get("server")
    if not isinstance(server, str) or not server.startswith(("https://", "http://")):
        raise ConfigError(
            f"kubeconfig {path}: cluster {cluster!r} has no valid server URL "
            f"(got {str(server)[:80]!r})",
            hint="the server must be an http(s) URL, e.g. https://127.0.0.1:6443",
        )
    user = ctx.get("user")
    if user is not None and (not isinstance(user, str) or (user and user not in users)):
        raise ConfigError(
            f"kubeconfig {path}: context {chosen!r} names user {str(user)[:80]!r}, which the "
            "file does not define",
            hint=_HINT,
        )
