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
from dotop_nb.planner.settings import AnthropicSettings


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

    def record(self, usage: Any) -> None:
        self.turns += 1
        read = int(getattr(usage, "cache_read_input_tokens", 0) or 0)
        write = int(getattr(usage, "cache_creation_input_tokens", 0) or 0)
        self.input_tokens += int(usage.input_tokens or 0)
        self.output_tokens += int(usage.output_tokens or 0)
        self.cache_read += read
        self.cache_write += write
        cost = estimate_cost(
            self.settings.model,
            input=int(usage.input_tokens or 0),
            output=int(usage.output_tokens or 0),
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
        return error(f"{message} ({self.spent()})", reason=reason, usage=self.usage(), hint=hint)


LIMIT_HINT = (
    "nothing was changed. Make the intent more specific, or raise the limit (DOTOP_MAX_TURNS, "
    "DOTOP_TOKEN_BUDGET, DOTOP_TIME_LIMIT)"
)
