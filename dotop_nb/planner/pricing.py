"""List prices of the models the AI planner may use, and the cost estimate of a plan.

An estimate: prices change, and the cost of a model that is not in the table is *unknown*
(``None``), never guessed and never shown as free."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Json = dict[str, Any]


@dataclass(frozen=True)
class Price:
    """USD per million tokens. ``long`` applies to every token of a turn whose prompt (input,
    cache reads and writes) exceeds ``long_threshold`` tokens."""

    input: float
    output: float
    cache_write: float  # 5-minute cache writes (what ``ephemeral`` creates)
    cache_read: float
    long_threshold: int | None = None
    long: Price | None = None

    def cost(self, *, input: int, output: int, cache_write: int, cache_read: int) -> float:
        prompt = input + cache_write + cache_read
        if self.long and self.long_threshold is not None and prompt > self.long_threshold:
            return self.long.cost(
                input=input, output=output, cache_write=cache_write, cache_read=cache_read
            )
        return (
            input * self.input
            + output * self.output
            + cache_write * self.cache_write
            + cache_read * self.cache_read
        ) / 1_000_000


_OPUS_45 = Price(5.0, 25.0, 6.25, 0.50)
_OPUS_4 = Price(15.0, 75.0, 18.75, 1.50)
_SONNET_4 = Price(3.0, 15.0, 3.75, 0.30)
_FABLE_51 = Price(10.0, 50.0, 12.50, 0.25)
_FABLE_5 = Price(10.0, 50.0, 12.50, 1.00)

PRICES: dict[str, Price] = {
    "claude-fable-5-1": _FABLE_51,
    "claude-mythos-5-1": _FABLE_51,
    "claude-fable-5": _FABLE_5,
    "claude-mythos-5": _FABLE_5,
    "claude-opus-5-5": Price(4.0, 20.0, 5.00, 0.20),
    "claude-opus-5": _OPUS_45,
    "claude-opus-4-8": _OPUS_45,
    "claude-opus-4-7": _OPUS_45,
    "claude-opus-4-6": _OPUS_45,
    "claude-opus-4-5": _OPUS_45,
    "claude-opus-4-1": _OPUS_4,
    "claude-opus-4-0": _OPUS_4,
    "claude-opus-4": _OPUS_4,
    "claude-sonnet-5-5": Price(2.0, 10.0, 2.50, 0.10),
    "claude-sonnet-5": Price(2.0, 10.0, 2.50, 0.20),
    "claude-sonnet-4-6": _SONNET_4,
    "claude-sonnet-4-5": _SONNET_4,
    "claude-sonnet-4-0": _SONNET_4,
    "claude-sonnet-4": _SONNET_4,
    "claude-haiku-5-5": Price(
        0.10,
        0.50,
        0.125,
        0.01,
        long_threshold=100_000,
        long=Price(0.50, 2.50, 0.625, 0.05),
    ),
    "claude-haiku-4-5": Price(1.0, 5.0, 1.25, 0.10),
}
"""List prices per model (USD per million tokens, platform.claude.com/docs/en/about-claude/pricing,
as of November 2026). Costs computed from them are **estimates**: no batch or regional
surcharges, 5-minute cache writes. A model missing here (the SDK may list newer ones) has an
unknown cost (``None``), which every surface shows as "unknown"."""


def price_for(model: str) -> Price | None:
    """The price of ``model``, also for dated snapshots (``claude-sonnet-4-5-20250929``)."""
    if model in PRICES:
        return PRICES[model]
    base, _, suffix = model.rpartition("-")
    if suffix.isdigit() and len(suffix) == 8 and base in PRICES:
        return PRICES[base]
    return None


def estimate_cost(
    model: str, *, input: int, output: int, cache_write: int = 0, cache_read: int = 0
) -> float | None:
    """Estimated USD for one turn's usage; None (unknown) for a model not in :data:`PRICES`."""
    price = price_for(model)
    if price is None:
        return None
    return price.cost(input=input, output=output, cache_write=cache_write, cache_read=cache_read)
