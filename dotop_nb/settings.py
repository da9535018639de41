"""Every setting of the engine and its surfaces, in one typed, validated object.

A setting comes from, in this order (later wins): its default here, its ``DOTOP_*`` environment
variable, then an explicit value — a CLI flag, a ``%config OperateMagics`` trait, a runbook
parameter or a keyword of :class:`~dotop_nb.service.Operator`. Each default is written once, in
this module, and each of these variables is read only here (the sections that own other
``DOTOP_*`` variables are listed in ``docs/configuration.md``).

Example::

    from dotop_nb.settings import Settings
    s = Settings.from_env(validation_timeout=30)      # DOTOP_* variables, then the override
    s.policies                                        # the resolved folder, or "none"
    s.replace(namespace="shop").namespace             # 'shop' (a validated copy)

A bad value is a :class:`~dotop_nb.errors.ConfigError` that names the variable or argument it
came from, raised before anything is planned or changed.
"""

from __future__ import annotations

import dataclasses
import getpass
import math
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dotop_nb.config import NO_POLICIES, STARTER_POLICIES
from dotop_nb.errors import ConfigError

IMPLICIT_POLICIES = Path("policies")
"""The policy folder used when it exists and nothing else is configured (relative: the cwd)."""

IMPLICIT_PATTERNS = Path("patterns")
"""The pattern folder used when it exists and nothing else is configured (relative: the cwd)."""

VALIDATION_TIMEOUT = 120.0
"""Default seconds execution (and a rollback) waits for the cluster to reach the new state."""

REQUEST_TIMEOUT = 30.0
"""Default seconds one Kubernetes API request may take."""

MAX_TIMEOUT = 24 * 3600.0

CI_USER_VARIABLES = (
    "GITHUB_ACTOR",  # GitHub Actions: who triggered the workflow
    "GITLAB_USER_LOGIN",  # GitLab CI: who started the pipeline
    "BUILDKITE_BUILD_CREATOR",  # Buildkite: who created the build
    "CIRCLE_USERNAME",  # CircleCI: who triggered the pipeline
    "BUILD_REQUESTEDFOR",  # Azure Pipelines: Build.RequestedFor
)
"""CI variables naming the person behind a headless run, tried in this order after
``DOTOP_USER`` and ``JUPYTERHUB_USER`` (and before the OS user)."""

_NAMESPACE_OK = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_PLANNER_NAME = re.compile(r"[a-z][a-z0-9_-]{0,39}")
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"", "0", "false", "no", "off"})


# ------------------------------------------------------------------------------ validators
def check_user(user: Any, *, name: str = "DOTOP_USER or user=") -> str:
    """``user`` if it can be recorded as who approved: printable text, at most 200 characters.
    (A newline or control character in DOTOP_USER would forge lines in records and reports.)"""
    text = user.strip() if isinstance(user, str) else ""
    if not text or len(text) > 200 or not text.isprintable():
        raise ConfigError(
            f"{str(user)[:80]!r} is not a usable user name ({name})",
            hint="give printable text without control characters, e.g. DOTOP_USER=alice",
        )
    return text


def check_timeout(value: Any, *, name: str = "timeout") -> float:
    """``value`` as seconds if it is a finite number in (0, 24 h]; else a ConfigError.

    NaN compares false with everything, so a NaN deadline never passes and ``inf`` never comes:
    both, zero and negatives are refused before anything runs.
    """
    example = f"e.g. {VALIDATION_TIMEOUT:g}"
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise ConfigError(
            f"{name} must be a number of seconds, not {str(value)[:40]!r}", hint=example
        ) from None
    if isinstance(value, bool) or not math.isfinite(seconds) or not 0 < seconds <= MAX_TIMEOUT:
        raise ConfigError(
            f"{name} must be a positive, finite number of seconds (at most {MAX_TIMEOUT:.0f}), "
            f"not {value!r}",
            hint=example,
        )
    return seconds


def check_namespace(namespace: Any, *, name: str = "namespace") -> str:
    """``namespace`` if it is a valid Kubernetes namespace name (RFC 1123 label)."""
    if (
        not isinstance(namespace, str)
        or not namespace
        or len(namespace) > 63
        or not set(namespace) <= _NAMESPACE_OK
        or namespace.startswith("-")
        or namespace.endswith("-")
    ):
        where = "" if name == "namespace" else f" ({name})"
        raise ConfigError(
            f"{str(namespace)[:80]!r} is not a valid namespace name{where}",
            hint="namespace names are lower-case letters, digits and '-', at most 63 characters",
        )
    return namespace


def _check_planner(value: Any, *, name: str) -> str:
    # Which planners exist is the planner package's to say (planner.make refuses an unknown
    # one); here only that the value can be one.
    text = value.strip().lower() if isinstance(value, str) else ""
    if not _PLANNER_NAME.fullmatch(text):
        raise ConfigError(
            f"{str(value)[:80]!r} is not a planner name ({name})",
            hint="choose auto, offline, anthropic or hybrid",
        )
    return text


def _check_text(value: Any, *, name: str) -> str | None:
    if value is None:
        return None
    text = value.strip() if isinstance(value, str) else ""
    if isinstance(value, str) and not text:
        return None
    if not text or len(text) > 500 or not text.isprintable():
        raise ConfigError(
            f"{str(value)[:80]!r} is not usable for {name}",
            hint="give printable text on one line",
        )
    return text


def _check_bool(value: Any, *, name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = value.strip().lower() if isinstance(value, str) else None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ConfigError(
        f"{str(value)[:40]!r} is not a yes/no value ({name})",
        hint="use 1/true/yes/on or 0/false/no/off",
    )


def _check_path(value: Any, *, name: str) -> Path | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str | os.PathLike) or not str(value).isprintable():
        raise ConfigError(
            f"{str(value)[:80]!r} is not a folder path ({name})",
            hint="give a path without control characters (newline, tab, NUL)",
        )
    return Path(str(value).strip()).expanduser()


# ------------------------------------------------------------------------------ resolution
def resolve_policies(value: Path | str | None, *, name: str = "policies") -> Path | str:
    """The policy folder, or :data:`~dotop_nb.config.NO_POLICIES`: ``value`` (a folder or
    ``none``), else ``./policies`` when it exists, else the starter policies shipped in the
    package. The one place this default is decided."""
    if isinstance(value, str) and value.strip().lower() == NO_POLICIES:
        return NO_POLICIES
    folder = _check_path(value, name=name)
    if folder is not None:
        return folder
    return IMPLICIT_POLICIES if IMPLICIT_POLICIES.exists() else STARTER_POLICIES


def resolve_patterns(value: Path | str | None, *, name: str = "patterns") -> Path | None:
    """The pattern folder: ``value``, else ``./patterns`` when it exists, else None (none)."""
    folder = _check_path(value, name=name)
    if folder is not None:
        return folder
    return IMPLICIT_PATTERNS if IMPLICIT_PATTERNS.exists() else None


def resolve_sessions(value: Path | str | None, *, name: str = "sessions") -> Path:
    """The session journal folder: ``value``, else ``./.dotop/sessions`` (of the cwd now)."""
    return _check_path(value, name=name) or sessions_beside(Path.cwd())


def sessions_beside(folder: Path) -> Path:
    """The journal folder a process started in ``folder`` keeps by default (``.dotop/sessions``):
    where the audit looks for the later state of a notebook's sessions."""
    return folder / ".dotop" / "sessions"


def default_user(environ: Mapping[str, str] | None = None) -> str:
    """Who approves when nobody says: ``DOTOP_USER``, ``JUPYTERHUB_USER``, the CI's user
    variable (:data:`CI_USER_VARIABLES`), else the OS user — a real identity, never a constant
    (a process without a user name is ``uid-N``)."""
    env = os.environ if environ is None else environ
    for variable in ("DOTOP_USER", "JUPYTERHUB_USER", *CI_USER_VARIABLES):
        value = env.get(variable, "")
        if value.strip():
            return check_user(value, name=variable)
    try:
        return check_user(getpass.getuser(), name="the OS user name")
    except (KeyError, OSError, ConfigError):
        return f"uid-{os.getuid()}" if hasattr(os, "getuid") else check_user(None)


def default_unattended(environ: Mapping[str, str] | None = None) -> bool:
    """Whether nobody is at this process: ``DOTOP_UNATTENDED`` decides when it is set; else a CI
    runner (``CI`` set to a true value, as GitHub Actions, GitLab CI, CircleCI, Buildkite and
    most others do, or one of :data:`CI_RUNNER_VARIABLES` set, as Jenkins does) is unattended.
    The one place this rule is decided."""
    env = os.environ if environ is None else environ
    if env.get("DOTOP_UNATTENDED", "").strip():
        return _check_bool(env["DOTOP_UNATTENDED"], name="DOTOP_UNATTENDED")
    if env.get("CI", "").strip().lower() in _TRUE:
        return True
    return any(env.get(variable, "").strip() for variable in CI_RUNNER_VARIABLES)


CI_RUNNER_VARIABLES = (
    "GITHUB_ACTIONS",  # GitHub Actions
    "GITLAB_CI",  # GitLab CI
    "JENKINS_URL",  # Jenkins (which sets no CI variable)
    "BUILDKITE",  # Buildkite
    "CIRCLECI",  # CircleCI
    "TF_BUILD",  # Azure Pipelines
    "TEAMCITY_VERSION",  # TeamCity
    "BITBUCKET_BUILD_NUMBER",  # Bitbucket Pipelines
    "CODEBUILD_BUILD_ID",  # AWS CodeBuild
)
"""Variables a CI runner sets even where ``CI`` is missing or empty: any of them set marks the
process unattended (unless ``DOTOP_UNATTENDED`` says otherwise)."""


# ------------------------------------------------------------------------------ the object
def _meta(env: str | None, flag: str | None, trait: str | None) -> dict[str, str | None]:
    return {"env": env, "flag": flag, "trait": trait}


@dataclass(frozen=True)
class Settings:
    """Every setting of the engine and its surfaces; build it with :meth:`from_env`.

    Each field's metadata names its environment variable (``env``), its command-line flag
    (``flag``) and its ``%config OperateMagics`` trait (``trait``); ``docs/configuration.md``
    shows the same table.
    """

    kubeconfig: str | None = field(
        default=None, metadata=_meta(None, "--kubeconfig", "OperateMagics.kubeconfig")
    )
    """The kubeconfig file. Default: ``KUBECONFIG``, else ``~/.kube/config``, else in-cluster
    (read by the cluster client, which owns ``KUBECONFIG``)."""

    context: str | None = field(
        default=None, metadata=_meta(None, "--context", "OperateMagics.context")
    )
    """The kubeconfig context. Default: the current one."""

    namespace: str = field(
        default="default", metadata=_meta("DOTOP_NAMESPACE", "-n", "OperateMagics.namespace")
    )
    """Namespace an intent acts in when none is given. Default ``default``."""

    planner: str = field(
        default="auto", metadata=_meta("DOTOP_PLANNER", "--planner", "OperateMagics.planner")
    )
    """``auto`` (anthropic when ``ANTHROPIC_API_KEY`` is set, else offline), ``offline``,
    ``anthropic`` or ``hybrid``. Default ``auto``."""

    model: str | None = field(default=None, metadata=_meta(None, "--model", None))
    """The AI planner's model for this run. Default: the AI planner's own section
    (``DOTOP_MODEL``, read there with its other limits)."""

    sessions: Path = field(
        default_factory=lambda: resolve_sessions(None),
        metadata=_meta("DOTOP_SESSIONS", None, "OperateMagics.sessions_dir"),
    )
    """The session journal folder. Default ``./.dotop/sessions``."""

    policies: Path | str = field(
        default_factory=lambda: resolve_policies(None),
        metadata=_meta("DOTOP_POLICIES", None, "OperateMagics.policies_dir"),
    )
    """The policy folder, or ``"none"`` for explicitly no policies. Default ``./policies`` if
    it exists, else the starter policies shipped in the package."""

    patterns: Path | None = field(
        default_factory=lambda: resolve_patterns(None),
        metadata=_meta("DOTOP_PATTERNS", None, "OperateMagics.patterns_dir"),
    )
    """The pattern folder. Default ``./patterns`` if it exists, else no patterns."""

    validation_timeout: float = field(
        default=VALIDATION_TIMEOUT,
        metadata=_meta("DOTOP_VALIDATION_TIMEOUT", "--timeout", "OperateMagics.validation_timeout"),
    )
    """Seconds execution (and a rollback) waits for the cluster to reach the new state."""

    request_timeout: float = field(
        default=REQUEST_TIMEOUT,
        metadata=_meta("DOTOP_REQUEST_TIMEOUT", None, "OperateMagics.request_timeout"),
    )
    """Seconds one Kubernetes API request may take."""

    user: str = field(
        default_factory=lambda: default_user({}),
        metadata=_meta("DOTOP_USER", "--approver", "OperateMagics.user"),
    )
    """Who approves and rejects: ``DOTOP_USER``, ``JUPYTERHUB_USER``, a CI's user variable
    (:data:`CI_USER_VARIABLES`), else the OS user."""

    unattended: bool = field(
        default=False, metadata=_meta("DOTOP_UNATTENDED", None, "OperateMagics.unattended")
    )
    """Approvals are unattended (a policy that requires a person then refuses them), e.g. in
    scheduled runs. Default: ``DOTOP_UNATTENDED`` when set, else true on a CI runner (``CI``
    set to a true value), else false (:func:`default_unattended`)."""

    rollback: bool = field(
        default=True, metadata=_meta(None, "--no-rollback", "OperateMagics.rollback")
    )
    """Roll back automatically when validation fails. Default true."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ``DOTOP_*`` variables of ``environ`` (default: the process
        environment), then ``overrides`` (None values are ignored); validated."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            variable = f.metadata.get("env")
            if f.name not in _DERIVED and variable and env.get(variable, "").strip():
                values[f.name] = _READERS[f.name](env[variable], variable)
        values.update({name: derive(env) for name, derive in _DERIVED.items()})
        return cls(**values).replace(**overrides)

    def replace(self, **changes: Any) -> Settings:
        """A validated copy with ``changes`` (None values are ignored; an unknown name is a
        TypeError, as for any misspelt keyword)."""
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise TypeError(f"unknown setting(s): {', '.join(unknown)}")
        valid = {k: _READERS[k](v, f"{k}=") for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **valid) if valid else self


def setting(name: str, environ: Mapping[str, str] | None = None) -> Any:
    """One setting as the environment gives it (default, then its variable), validated alone:
    for engines used without a :class:`Settings` (e.g. ``load_policy_set()``), so that a bad
    unrelated variable does not break them. ``setting("policies")``"""
    env = os.environ if environ is None else environ
    if name in _DERIVED:
        return _DERIVED[name](env)
    meta = next(f.metadata for f in dataclasses.fields(Settings) if f.name == name)
    variable = meta.get("env")
    if variable and env.get(variable, "").strip():
        return _READERS[name](env[variable], variable)
    return getattr(Settings(), name)


def source(name: str, environ: Mapping[str, str] | None = None) -> str:
    """Where a setting would come from without an explicit value: its variable when set,
    else ``"default"`` — for messages that must name what to change."""
    env = os.environ if environ is None else environ
    meta = next(f.metadata for f in dataclasses.fields(Settings) if f.name == name)
    variable = meta.get("env")
    if variable and env.get(variable, "").strip():
        return str(variable)
    if name == "unattended" and default_unattended(env):
        return "CI"
    return "default"


_DERIVED: dict[str, Callable[[Mapping[str, str]], Any]] = {
    "user": default_user,
    "unattended": default_unattended,
}
"""Settings whose environment value is more than their one variable: the approver (several
identity variables) and unattended (``DOTOP_UNATTENDED``, else a CI runner)."""


def default(name: str) -> Any:
    """The default of setting ``name`` as written in :class:`Settings` (before any variable):
    what a surface's help states as its default."""
    f = next(f for f in dataclasses.fields(Settings) if f.name == name)
    if f.default is not dataclasses.MISSING:
        return f.default
    return getattr(Settings(), name)


def describe(name: str) -> str:
    """How a surface's help states a setting's default: its variable (when it has one), then
    its default value — read from :class:`Settings`, never restated. ``describe("namespace")``
    is ``"DOTOP_NAMESPACE, else default"``."""
    meta = next(f.metadata for f in dataclasses.fields(Settings) if f.name == name)
    value = default(name)
    shown = f"{value:g} s" if isinstance(value, float) else str(value)
    return f"{meta['env']}, else {shown}" if meta.get("env") else shown


_READERS: dict[str, Callable[[Any, str], Any]] = {
    "kubeconfig": lambda v, n: _check_text(v, name=n),
    "context": lambda v, n: _check_text(v, name=n),
    "namespace": lambda v, n: check_namespace(v, name=n),
    "planner": lambda v, n: _check_planner(v, name=n),
    "model": lambda v, n: _check_text(v, name=n),
    "sessions": lambda v, n: resolve_sessions(v, name=n),
    "policies": lambda v, n: resolve_policies(v, name=n),
    "patterns": lambda v, n: resolve_patterns(v, name=n),
    "validation_timeout": lambda v, n: check_timeout(v, name=n),
    "request_timeout": lambda v, n: check_timeout(v, name=n),
    "user": lambda v, n: check_user(v, name=n),
    "unattended": lambda v, n: _check_bool(v, name=n),
    "rollback": lambda v, n: _check_bool(v, name=n),
}
"""How each field's value is validated (and resolved), from a variable or an argument."""


ENVIRONMENT = {
    f.metadata["env"]: f.name for f in dataclasses.fields(Settings) if f.metadata.get("env")
}
"""The ``DOTOP_*`` variables this module reads → their field."""

__all__ = [
    "CI_USER_VARIABLES",
    "ENVIRONMENT",
    "IMPLICIT_PATTERNS",
    "IMPLICIT_POLICIES",
    "REQUEST_TIMEOUT",
    "VALIDATION_TIMEOUT",
    "Settings",
    "check_namespace",
    "check_timeout",
    "check_user",
    "default",
    "default_unattended",
    "default_user",
    "describe",
    "resolve_patterns",
    "resolve_policies",
    "resolve_sessions",
    "setting",
    "source",
]
