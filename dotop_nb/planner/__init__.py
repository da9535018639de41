"""Planners turn an intent into typed operations. See :mod:`dotop_nb.ports` for the interface.

``make(name)`` picks one:

- ``offline`` — deterministic rules, no API key, no cost;
- ``anthropic`` — the AI planner (:mod:`dotop_nb.planner.anthropic`): a Claude tool loop that
  can look and dry-run but never write; needs ``ANTHROPIC_API_KEY``;
- ``hybrid`` — offline first, the model only when the rules ask a question or do not know the
  intent; when the model cannot answer (no key, API down, a limit), the offline answer stands
  and its analysis says why the model was not used;
- ``auto`` (default) — ``anthropic`` when ``ANTHROPIC_API_KEY`` is set, else the offline rules,
  whose answers then say that the AI planner is not configured.

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
    "malformed_answer",
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
        # The model that was planning (None: no model was involved), for the session record.
        self.model: str | None = None
        self.planner: str | None = None


class PlannerUnavailable(PlannerError):
    """The model API failed after the SDK's retries (429, 529, 5xx, timeout, connection):
    a later attempt may succeed."""

    exit_code = 31


class PlannerAuthFailed(PlannerError):
    """The model API rejected the credentials (401/403): a setting to fix, like ConfigError."""

    exit_code = 2


class HybridPlanner:
    """Offline rules first; the model when they ask a question or do not know the intent.

    The result says which of the two planned it (``PlanResult.planner``). ``model`` is None when
    the AI planner is not configured (``unavailable`` says why, e.g. no API key): the offline
    answer is then returned with a note saying so. When the model fails (API down, a limit, a
    refusal), the offline answer — often a good question — stands, with the failure noted; only
    a refinement of the model's own plan, which has no offline answer, fails as the model did.
    """

    def __init__(
        self,
        offline: Planner,
        model: Planner | None,
        *,
        unavailable: str = "",
        name: str = "hybrid",
    ) -> None:
        self.name = name
        self.offline = offline
        self.ai = model
        self.model: str | None = model.model if model is not None else None
        self.unavailable = unavailable

    def plan(self, request: PlanRequest, cluster: ClusterReader) -> PlanResult:
        # A refinement of a plan the model made stays with the model (it continues that
        # conversation); anything else tries the rules first.
        previous = request.previous
        ai_name = self.ai.name if self.ai is not None else "anthropic"
        offline: PlanResult | None = None
        if self.ai is None:
            # Everything goes to the rules, and every answer says why not the model.
            offline = self._offline(request, cluster)
            return _noted(offline, f"the AI planner is not configured ({self.unavailable})")
        if previous is None or previous.planner != ai_name:
            offline = self._offline(request, cluster)
            if offline.question is None and offline.category != "unknown":
                return offline
        try:
            result = self.ai.plan(request, cluster)
        except PlannerError as err:
            if offline is None:
                raise
            offline.usage = err.usage  # what the failed attempt cost is still recorded
            return _noted(offline, f"the AI planner failed ({err.reason}: {err.message})")
        result.planner = result.planner or self.ai.name
        result.model = result.model or self.ai.model
        return result

    def _offline(self, request: PlanRequest, cluster: ClusterReader) -> PlanResult:
        result = self.offline.plan(request, cluster)
        result.planner = result.planner or self.offline.name
        result.model = None
        return result


FALLBACK_NOTE = "Planned by the offline rules:"


def _noted(result: PlanResult, why: str) -> PlanResult:
    """``result`` with a line saying why the offline rules answered instead of the model."""
    note = f"_{FALLBACK_NOTE} {why}._"
    result.analysis = f"{result.analysis}\n\n{note}" if result.analysis else note
    return result


def make(name: str = "auto", *, env: Mapping[str, str] | None = None, **options: Any) -> Planner:
    """The planner called ``name`` (see the module docstring). ``options`` are settings of the
    AI planner (:class:`~dotop_nb.planner.anthropic.AnthropicSettings` fields, e.g. ``model``,
    ``max_turns``, ``base_url``); unset ones come from the environment."""
    environ = os.environ if env is None else env
    if options.get("request_timeout") is not None:
        # Checked for every planner: a setting that is given is a setting that must be valid.
        from dotop_nb.planner.settings import check_api_timeout  # noqa: PLC0415

        options["request_timeout"] = check_api_timeout(options["request_timeout"])
    keyed = bool(str(options.get("api_key") or environ.get("ANTHROPIC_API_KEY", "")).strip())
    if name == "auto":
        name = "anthropic" if keyed else "auto-offline"
    if name == "offline":
        return OfflinePlanner()
    if name in ("auto-offline", "hybrid") and not keyed:
        # The offline rules answer what they handle, and every answer says why not the model.
        return HybridPlanner(
            OfflinePlanner(),
            None,
            unavailable="ANTHROPIC_API_KEY is not set",
            name="offline" if name == "auto-offline" else name,
        )
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
    "FALLBACK_NOTE",
    "PLANNERS",
    "HybridPlanner",
    "OfflinePlanner",
    "PlannerAuthFailed",
    "PlannerError",
    "PlannerUnavailable",
    "StopReason",
    "make",
]
