"""One AI planning run's ledger: turns, tool calls, tokens, cost and clock.

The loop in :mod:`dotop_nb.planner.anthropic` records every model turn here and checks its limits
against it; every failure it raises says what was spent (``fail``), so a stopped run is never
a silent one.

Example::

    run = Run(settings)
    run.record(response.usage)         # after each Messages API call
    raise run.fail("the model did not submit a proposal within 12 turns", "iteration_cap")
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from dotop_nb.models import Usage
from dotop_nb.planner import PlannerError, StopReason
from dotop_nb.planner.pricing import estimate_cost
from dotop_nb.planner.secrecy import url_secrets, without
from dotop_nb.planner.settings import AnthropicSettings

Json = dict[str, Any]


@dataclass
class Run:
    """Counters and clocks of one plan() call."""

    settings: AnthropicSettings
    started: float = field(default_factory=time.monotonic)
    turns: int = 0
    tool_calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read: int = 0
    cache_write: int = 0
    cost: float | None = 0.0  # None: the model's price is unknown

    @property
    def deadline(self) -> float:
        return self.started + self.settings.time_limit

    @property
    def tokens(self) -> int:
        return self.input_tokens + self.output_tokens + self.cache_read + self.cache_write

    def record(self, usage: Json) -> None:
        """Count one answered turn (``usage``: the answer's checked usage JSON)."""
        self.turns += 1
        read = int(usage.get("cache_read_input_tokens") or 0)
        write = int(usage.get("cache_creation_input_tokens") or 0)
        given = int(usage.get("input_tokens") or 0)
        written = int(usage.get("output_tokens") or 0)
        self.input_tokens += given
        self.output_tokens += written
        self.cache_read += read
        self.cache_write += write
        cost = estimate_cost(
            self.settings.model,
            input=given,
            output=written,
            cache_write=write,
            cache_read=read,
        )
        self.cost = None if cost is None or self.cost is None else self.cost + cost

    def usage(self) -> Usage:
        return Usage(
            model_turns=self.turns,
            tool_calls=self.tool_calls,
            input_tokens=self.input_tokens,
            output_tokens=self.output_tokens,
            cache_read_tokens=self.cache_read,
            cache_write_tokens=self.cache_write,
            cost_usd=None if self.cost is None else round(self.cost, 6),
            seconds=round(time.monotonic() - self.started, 3),
        )

    def spent(self) -> str:
        return (
            f"{self.turns} model turns, {self.tool_calls} tool calls, {self.tokens:,} tokens, "
            + (f"~${self.cost:.4f}" if self.cost is not None else "cost unknown")
        )

    def fail(
        self,
        message: str,
        reason: StopReason,
        *,
        hint: str | None = None,
        error: type[PlannerError] = PlannerError,
    ) -> PlannerError:
        # A gateway may echo the key or its URL's credentials in an error: never pass them on.
        text = without(f"{message} ({self.spent()})", self.secrets)
        failed = error(text, reason=reason, usage=self.usage(), hint=hint)
        failed.model, failed.planner = self.settings.model, "anthropic"
        return failed

    @property
    def secrets(self) -> list[str]:
        """What no message, record or cassette of this run may contain: the API key, and the
        credentials (userinfo, query string) of the API's URL."""
        return [self.settings.api_key or "", *url_secrets(self.settings.base_url)]


LIMIT_HINT = (
    "nothing was changed. Make the intent more specific, or raise the limit (DOTOP_MAX_TURNS, "
    "DOTOP_TOKEN_BUDGET, DOTOP_TIME_LIMIT)"
)
