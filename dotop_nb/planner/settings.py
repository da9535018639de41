"""Settings of the AI planner, from arguments and the environment (``DOTOP_MODEL`` …)."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from dotop_nb.errors import ConfigError

Json = dict[str, Any]

DEFAULT_MODEL = "claude-sonnet-5-5"

_NAMESPACE = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")


def _env_number(
    env: Mapping[str, str], name: str, kind: type[int] | type[float], *, zero: bool = False
) -> Any:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    try:
        value = kind(raw)
    except ValueError:
        raise ConfigError(
            f"{name}={raw[:40]!r} is not a number", hint=f"unset {name} or give a number"
        ) from None
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero):
        # NaN compares false with everything: without this, DOTOP_TIME_LIMIT=nan never ends.
        least = "0 or more" if zero else "a positive number"
        must = "a finite number, 0 or more" if zero else "a positive, finite number"
        raise ConfigError(
            f"{name} must be {must}, not {raw[:40]!r}",
            hint=f"unset {name} or give {least}",
        )
    return value


@dataclass(frozen=True)
class AnthropicSettings:
    """How the AI planner talks to the model and when it gives up. Each field can come from the
    environment (named in its docstring); arguments win over the environment."""

    model: str = DEFAULT_MODEL
    """Model id. ``DOTOP_MODEL``."""

    max_tokens: int = 16_000
    """Tokens the model may write in one turn, thinking included. ``DOTOP_MAX_TOKENS``."""

    max_turns: int = 30
    """Model turns per plan (the iteration cap). ``DOTOP_MAX_TURNS``."""

    max_tool_calls: int = 60
    """Tool calls per plan. ``DOTOP_MAX_TOOL_CALLS``."""

    token_budget: int = 600_000
    """Tokens processed per plan over all turns: input, cache reads and writes, and output (each
    turn re-reads the conversation, mostly from the cache). ``DOTOP_TOKEN_BUDGET``."""

    time_limit: float = 600.0
    """Seconds of wall clock per plan. ``DOTOP_TIME_LIMIT``."""

    max_invalid_submissions: int = 3
    """Malformed ``submit_proposal`` calls before the loop gives up."""

    max_rejected_submissions: int = 3
    """Proposals rejected by dry-run before the last one is returned as it is."""

    output_limit: int = 8000
    """Characters of cluster data per tool result. ``DOTOP_TOOL_OUTPUT_LIMIT``."""

    base_url: str | None = None
    """API endpoint (a proxy, a gateway, a test server). ``ANTHROPIC_BASE_URL``."""

    api_key: str | None = field(default=None, repr=False)
    """``ANTHROPIC_API_KEY``. Never logged or recorded."""

    max_retries: int = 2
    """SDK retries of 429/5xx/connection errors per request. ``DOTOP_API_RETRIES``."""

    request_timeout: float = 300.0
    """Seconds one API request may take before it counts as a timeout (each try and each retry
    is also bounded by what is left of ``time_limit``). ``DOTOP_API_TIMEOUT``."""

    read_namespaces: tuple[str, ...] = ()
    """Namespaces the read tools may look into besides the intent's own (``*``: all of them).
    By default a plan reads its own namespace and cluster-scoped discovery only.
    ``DOTOP_READ_NAMESPACES`` (comma-separated)."""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> AnthropicSettings:
        """Settings from ``env`` (default: the process environment), then ``overrides``
        (``None`` values are ignored, so CLI options can be passed through as they are)."""
        env = os.environ if env is None else env
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ConfigError(
                f"unknown AI planner setting(s): {', '.join(unknown)}",
                hint=f"settings are: {', '.join(sorted(known))}",
            )
        values: dict[str, Any] = {}
        for name, var, kind in (
            ("max_tokens", "DOTOP_MAX_TOKENS", int),
            ("max_turns", "DOTOP_MAX_TURNS", int),
            ("max_tool_calls", "DOTOP_MAX_TOOL_CALLS", int),
            ("token_budget", "DOTOP_TOKEN_BUDGET", int),
            ("time_limit", "DOTOP_TIME_LIMIT", float),
            ("output_limit", "DOTOP_TOOL_OUTPUT_LIMIT", int),
            ("max_retries", "DOTOP_API_RETRIES", int),
            ("request_timeout", "DOTOP_API_TIMEOUT", float),
        ):
            # DOTOP_API_RETRIES=0: no retries (every other number must be positive).
            value = _env_number(env, var, kind, zero=name == "max_retries")
            if value is not None:
                values[name] = value
        for name, var in (
            ("model", "DOTOP_MODEL"),
            ("base_url", "ANTHROPIC_BASE_URL"),
            ("api_key", "ANTHROPIC_API_KEY"),
        ):
            if env.get(var, "").strip():
                values[name] = _one_line(env[var].strip(), var)
        raw = env.get("DOTOP_READ_NAMESPACES", "").strip()
        if raw:
            values["read_namespaces"] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "read_namespaces" in values:
            values["read_namespaces"] = _namespaces(values["read_namespaces"])
        if "request_timeout" in values:
            values["request_timeout"] = check_api_timeout(values["request_timeout"])
        return cls(**values)


def _one_line(value: str, variable: str) -> str:
    # A newline or control character would forge lines in records and request headers.
    if not value.isprintable() or len(value) > 500:
        raise ConfigError(
            f"{variable} must be printable text on one line, not {value[:40]!r}",
            hint=f"set {variable} to e.g. a model id without control characters",
        )
    return value


def _namespaces(value: str | Iterable[str]) -> tuple[str, ...]:
    """``a,b`` or ``["a", "b"]`` as a tuple of names; ``*`` stands for every namespace."""
    items = value.split(",") if isinstance(value, str) else list(value)
    names = tuple(dict.fromkeys(str(n).strip() for n in items if str(n).strip()))
    bad = [n for n in names if n != "*" and not _NAMESPACE.match(n)]
    if bad:
        raise ConfigError(
            f"read_namespaces: {bad[0][:63]!r} is not a namespace name",
            hint="give namespace names separated by commas, or * for every namespace",
        )
    return names


def check_api_timeout(value: Any, *, name: str = "request_timeout") -> float:
    """The API request timeout as seconds, or a ConfigError naming ``name`` as the user wrote
    it (``--api-timeout``, ``request_timeout``). Checked whatever the planner: an offline run
    with ``--api-timeout nan`` is refused like an AI one, not silently ignored."""
    return _positive(name, value)


def _positive(name: str, value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigError(
            f"{name} must be a number of seconds, not {str(value)[:40]!r}",
            hint=f"give {name} as a positive number",
        ) from None
    if not math.isfinite(number) or number <= 0:
        raise ConfigError(
            f"{name} must be a positive, finite number of seconds, not {str(value)[:40]!r}",
            hint=f"give {name} as a positive number",
        )
    return number
