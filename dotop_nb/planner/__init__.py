"""Planners turn an intent into typed operations. See :mod:`dotop_nb.ports` for the interface.

``make(name)`` picks one:

- ``offline`` — deterministic rules, no API key, no cost;
- ``anthropic`` — the AI planner (:mod:`dotop_nb.planner.anthropic`): a Claude tool loop that
  can look and dry-run but never write; needs ``ANTHROPIC_API_KEY``;
- ``hybrid`` — offline first, the model only when the rules ask a question or do not know the
  intent;
- ``auto`` (default) — ``anthropic`` when ``ANTHROPIC_API_KEY`` is set, else ``offline``.

Example::

    planner = make("hybrid", model="claude-sonnet-5-5", max_turns=20)

A planner that cannot produce a plan raises :class:`PlannerError` (never a partial result): the
message says which limit or API failure ended it, and ``usage`` says what it cost until then.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Literal

from dotop_nb.errors import ConfigError, DotopError
from dotop_nb.models import Usage
from dotop_nb.planner.offline import OfflinePlanner
from dotop_nb.ports import ClusterReader, Planner, PlanRequest, PlanResult

PLANNERS = ("auto", "offline", "anthropic", "hybrid")

StopReason = Literal[
    "end_turn",
    "max_tokens",
    "refusal",
    "context_window",
    "iteration_cap",
    "tool_call_cap",
    "token_budget",
    "time_limit",
    "invalid_submission",
    "rate_limited",
    "overloaded",
    "api_error",
    "timeout",
    "connection",
    "bad_request",
    "authentication",
]


class PlannerError(DotopError):
    """The planner stopped without a plan. ``reason`` says why (one of :data:`StopReason`),
    ``usage`` what was spent until then; nothing was changed in the cluster.

    The service records the failure in the session before re-raising; ``session_id`` is then
    set so a surface can show that record."""

    exit_code = 30

    def __init__(
        self,
        message: str,
        *,
        reason: StopReason,
        usage: Usage | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.reason: StopReason = reason
        self.usage = usage or Usage()
        self.session_id: str | None = None


class PlannerUnavailable(PlannerError):
    """The model API failed after the SDK's retries (429, 529, 5xx, timeout, connection):
    a later attempt may succeed."""

    exit_code = 31


class PlannerAuthFailed(PlannerError):
    """The model API rejected the credentials (401/403): a setting to fix, like ConfigError."""

    exit_code = 2


class HybridPlanner:
    """Offline rules first; the model when they ask a question or do not know the intent.

    The result says which of the two planned it (``PlanResult.planner``)."""

    name = "hybrid"

    def __init__(self, offline: Planner, model: Planner) -> None:
        self.offline = offline
        self.ai = model
        self.model: str | None = model.model

    def plan(self, request: PlanRequest, cluster: ClusterReader) -> PlanResult:
        # A refinement of a plan the model made stays with the model (it continues that
        # conversation); anything else tries the rules first.
        previous = request.previous
        if previous is None or previous.planner != self.ai.name:
            result = self.offline.plan(request, cluster)
            if result.question is None and result.category != "unknown":
                result.planner = result.planner or self.offline.name
                result.model = None
                return result
        result = self.ai.plan(request, cluster)
        result.planner = result.planner or self.ai.name
        result.model = result.model or self.ai.model
        return result


def make(name: str = "auto", *, env: Mapping[str, str] | None = None, **options: Any) -> Planner:
    """The planner called ``name`` (see the module docstring). ``options`` are settings of the
    AI planner (:class:`~dotop_nb.planner.anthropic.AnthropicSettings` fields, e.g. ``model``,
    ``max_turns``, ``base_url``); unset ones come from the environment."""
    environ = os.environ if env is None else env
    if name == "auto":
        name = "anthropic" if environ.get("ANTHROPIC_API_KEY", "").strip() else "offline"
    if name == "offline":
        return OfflinePlanner()
    if name in ("anthropic", "hybrid"):
        # Imported here: the SDK is loaded only when the AI planner is used.
        from dotop_nb.planner.anthropic import AnthropicPlanner, AnthropicSettings  # noqa: PLC0415

        ai = AnthropicPlanner(AnthropicSettings.from_env(environ, **options))
        return ai if name == "anthropic" else HybridPlanner(OfflinePlanner(), ai)
    raise ConfigError(
        f"unknown planner {name!r}",
        hint=f"choose one of: {', '.join(PLANNERS)}",
    )


__all__ = [
    "PLANNERS",
    "HybridPlanner",
    "OfflinePlanner",
    "PlannerAuthFailed",
    "PlannerError",
    "PlannerUnavailable",
    "StopReason",
    "make",
]
