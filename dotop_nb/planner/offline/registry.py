"""The offline planner's capabilities: one registration per category (a builder and its cues).

A capability is what the planner can do for one category of intent. The understanding step
(:mod:`.understand`) scores every registered category against the intent; the winner's builder
plans it. Adding a capability is one call, in :mod:`.catalog`::

    register(
        "probe",                      # the category (PlanResult.category, docs, benchmarks)
        probes.build,                 # Callable[[Ctx], PlanResult]; raises Clarify to ask
        cues={r"\\bprobes?\\b": 1.0, r"\\b(readiness|liveness|startup)\\b": 0.9},
        examples=("add a readiness probe to cart on /healthz",),
    )

Cues are regular expressions with a weight in (0, 1.5]: 1.0 is a word that alone says the
category ("autoscale", "hpa"), ~0.6 a word that suggests it ("replicas"), above 1.0 a phrase
that must win over a more general category ("remove LOG_LEVEL" is config, not delete). A cue
given as a string matches case-insensitively; give a compiled pattern to match case (env var
names). ``examples`` are labelled phrasings added to the nearest-example vote beside
``intents.yaml``'s dev half. ``per_workload`` says the builder plans one named workload, so an
intent naming several ("restart cart and web", "all workloads labelled tier=backend") is planned
once per workload in one proposal. ``family`` is "direct" (changes a workload in place) or
"addon" (adds objects next to it); ``compatible`` lists categories whose words may appear in
the same request without being a second action ("autoscale between 2 and 10 replicas").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from dotop_nb.planner.offline.context import Ctx
from dotop_nb.planner.offline.needs import may_match, needs
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

Rule = Callable[[Ctx], PlanResult]
Family = Literal["direct", "addon"]


@dataclass(frozen=True)
class Cue:
    """A pattern whose presence points to a category, with how strongly, and the fragments
    one of which the text must hold for it to match (:func:`.needs.needs`)."""

    pattern: re.Pattern[str]
    weight: float
    needs: frozenset[str] | None = None


@dataclass(frozen=True)
class Capability:
    """A category the offline planner plans, and how to recognise it."""

    category: str
    build: Rule
    cues: tuple[Cue, ...]
    examples: tuple[str, ...] = ()
    family: Family = "direct"
    per_workload: bool = True
    compatible: frozenset[str] = frozenset()

    def cue_score(self, raw: str) -> float:
        """The strongest cue that matches, plus a little for each further one (capped)."""
        lowered = raw.lower() if raw.isascii() else None
        weights = sorted(
            (c.weight for c in self.cues if may_match(c.needs, lowered) and c.pattern.search(raw)),
            reverse=True,
        )
        if not weights:
            return 0.0
        return weights[0] + min(0.15, 0.05 * (len(weights) - 1))


REGISTRY: dict[str, Capability] = {}


def _cue(pattern: str | re.Pattern[str], weight: float) -> Cue:
    if not 0 < weight <= 1.5:
        raise ValueError(f"cue weight {weight} is not in (0, 1.5]")
    compiled = rx(pattern, re.IGNORECASE) if isinstance(pattern, str) else pattern
    return Cue(compiled, weight, needs(compiled))


def register(
    category: str,
    build: Rule,
    *,
    cues: Mapping[str | re.Pattern[str], float],
    examples: Iterable[str] = (),
    family: Family = "direct",
    per_workload: bool = True,
    compatible: Iterable[str] = (),
) -> Capability:
    """Register (or extend) the capability of ``category``; see the module docstring.

    Registering a category again with the same builder adds its cues and examples (one category
    may be recognised by several kinds of phrase); with another builder it is an error.
    """
    found = REGISTRY.get(category)
    if found is not None and found.build is not build:
        raise ValueError(f"category {category!r} is already planned by {found.build!r}")
    new = tuple(_cue(p, w) for p, w in cues.items())
    capability = Capability(
        category=category,
        build=build,
        cues=(found.cues if found else ()) + new,
        examples=(found.examples if found else ()) + tuple(examples),
        family=family,
        per_workload=per_workload,
        compatible=(found.compatible if found else frozenset()) | frozenset(compatible),
    )
    REGISTRY[category] = capability
    return capability
